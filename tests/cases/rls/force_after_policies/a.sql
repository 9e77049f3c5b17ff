-- FORCE ROW LEVEL SECURITY (the owner too is held to the policies) waits for the policies like ENABLE; one
-- table is forced while gaining a policy, another loses FORCE and its only policy (NO FORCE goes first).
CREATE TABLE accounts (id bigint PRIMARY KEY, owner_name text NOT NULL);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE TABLE ledger (id bigint PRIMARY KEY, amount numeric NOT NULL);
ALTER TABLE ledger ENABLE ROW LEVEL SECURITY;
ALTER TABLE ledger FORCE ROW LEVEL SECURITY;
CREATE POLICY ledger_all ON ledger USING (true);
