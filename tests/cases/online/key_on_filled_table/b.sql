CREATE TABLE members (
  id integer PRIMARY KEY,
  email text CONSTRAINT members_email_key UNIQUE,
  team integer,
  CONSTRAINT members_team_email_key UNIQUE NULLS NOT DISTINCT (team, email) DEFERRABLE
);
