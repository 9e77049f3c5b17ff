-- A policy whose expression calls a user function: the function must exist before the policy is created,
-- and the policy must go before the function when both are dropped or the function is recreated.
CREATE TABLE documents (id integer PRIMARY KEY, owner_name text NOT NULL, team text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
