-- Changes ALTER POLICY cannot make: permissive -> restrictive, a new command, and a WITH CHECK removed.
CREATE TABLE orders (id bigint PRIMARY KEY, customer text NOT NULL, total numeric(12,2) NOT NULL);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY big_orders ON orders AS RESTRICTIVE USING (total > 100);
CREATE POLICY customer_only ON orders FOR ALL TO app_user USING (customer = current_user);
CREATE POLICY checked ON orders FOR UPDATE USING (true);
