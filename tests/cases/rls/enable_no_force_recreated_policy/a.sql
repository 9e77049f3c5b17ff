-- Security turned on while FORCE is turned off, with a policy recreated in between (permissive -> restrictive):
-- turning on and turning off are two steps, waiting in opposite directions, so the recreation makes no cycle.
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL);
ALTER TABLE orders FORCE ROW LEVEL SECURITY;
CREATE POLICY big_orders ON orders USING (total > 100);
CREATE POLICY everything ON orders USING (true);
