CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2) NOT NULL);
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY big_orders ON orders AS RESTRICTIVE USING (total > 100);
CREATE POLICY everything ON orders USING (true);
