CREATE SCHEMA app;
CREATE TABLE public.orders (id int PRIMARY KEY, status text, total numeric);
CREATE TABLE app.events (id int, payload text);
CREATE TABLE app."Audit Log" (id int, at timestamptz);

-- schemaplan-fuzz: to
-- Publications of tables (with a column list and a row filter), of a schema, of everything, with options, a
-- comment and an owner; quoted names.
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
ALTER PUBLICATION later OWNER TO admin_role;
