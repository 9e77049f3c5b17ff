-- Everything of publications/created but the owner (down.sql restores no owner of a dropped object, for any kind).
CREATE SCHEMA app;
CREATE TABLE public.orders (id int PRIMARY KEY, status text, total numeric);
CREATE TABLE app.events (id int, payload text);
CREATE TABLE app."Audit Log" (id int, at timestamptz);
CREATE PUBLICATION orders_pub FOR TABLE orders (id, status, total) WHERE (lower(status) <> 'draft' AND total > 1000),
  app."Audit Log" WITH (publish = 'insert, update');
CREATE PUBLICATION "App Schema" FOR TABLES IN SCHEMA app WITH (publish_via_partition_root = true);
CREATE PUBLICATION everything FOR ALL TABLES;
CREATE PUBLICATION later;
ALTER PUBLICATION later ADD TABLE app.events;
COMMENT ON PUBLICATION orders_pub IS 'orders for the warehouse';
