-- accounts gains RLS (enabled and forced), notes keeps it but no longer forced, audit loses it,
-- and a new table is created with RLS enabled.
CREATE TABLE accounts (id bigint PRIMARY KEY, owner_name text NOT NULL);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE TABLE audit (id bigint PRIMARY KEY);
CREATE TABLE secrets (id bigint PRIMARY KEY, payload text);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
