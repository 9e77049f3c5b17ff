CREATE TABLE accounts (
  id integer PRIMARY KEY,
  email text NOT NULL,
  plan text NOT NULL DEFAULT 'free',
  created_at timestamp with time zone
);
