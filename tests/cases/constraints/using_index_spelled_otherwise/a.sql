CREATE TABLE accounts (
  id integer PRIMARY KEY,
  email text,
  region text,
  note text,
  CONSTRAINT accounts_email_region UNIQUE NULLS NOT DISTINCT (email, region) INCLUDE (note),
  CONSTRAINT accounts_note_key UNIQUE (note) DEFERRABLE
);
