-- CLUSTER ON (on a primary key's index and on an index) and REPLICA IDENTITY (FULL, NOTHING, USING INDEX of a
-- unique index and of a unique constraint) created, moved and removed; an index that carries one is recreated.
CREATE TABLE orders (id int PRIMARY KEY, code text NOT NULL, placed date NOT NULL);
CREATE UNIQUE INDEX orders_code ON orders (code);
CREATE INDEX orders_placed ON orders (placed);
ALTER TABLE orders CLUSTER ON orders_pkey;
ALTER TABLE orders REPLICA IDENTITY USING INDEX orders_code;
CREATE TABLE items (id int PRIMARY KEY, sku text NOT NULL CONSTRAINT items_sku UNIQUE);
ALTER TABLE items CLUSTER ON items_sku;
ALTER TABLE items REPLICA IDENTITY FULL;
CREATE TABLE logs (id int NOT NULL, at timestamptz);
CREATE UNIQUE INDEX logs_id ON logs (id);
ALTER TABLE logs REPLICA IDENTITY USING INDEX logs_id;
CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE INDEX notes_body ON notes (body);
ALTER TABLE notes CLUSTER ON notes_body;
ALTER TABLE notes REPLICA IDENTITY NOTHING;
