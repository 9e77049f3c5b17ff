-- Rule 6 for keys: the primary key becomes bigint while the referencing column keeps integer (the desired
-- schema says so): the foreign key is dropped and added again NOT VALID across integer -> bigint, validated
-- after, and the plan warns that the child cannot reference ids beyond the integer range.
CREATE TABLE users (
  id integer PRIMARY KEY,
  email text NOT NULL UNIQUE
);
CREATE TABLE sessions (
  id integer PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
