-- An existing table with rows gains policies and row-level security (issue 11): the policies are created
-- before ENABLE, so that no role sees the table with security on and no policy yet.
CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL, body text);
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
