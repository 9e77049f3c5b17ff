CREATE TABLE accounts (id bigint PRIMARY KEY, owner_name text NOT NULL);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
ALTER TABLE accounts FORCE ROW LEVEL SECURITY;
CREATE POLICY accounts_owner ON accounts USING (owner_name = current_user);
CREATE TABLE ledger (id bigint PRIMARY KEY, amount numeric NOT NULL);
ALTER TABLE ledger ENABLE ROW LEVEL SECURITY;
