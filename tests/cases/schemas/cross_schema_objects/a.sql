-- Two schemas referring to each other: a table in one with a foreign key and an enum column from the other.
CREATE SCHEMA auth;
CREATE TABLE auth.users (id uuid PRIMARY KEY, email text NOT NULL UNIQUE);
