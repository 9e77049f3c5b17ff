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

-- schemaplan-fuzz: to
CREATE TABLE orders (id int PRIMARY KEY, code text NOT NULL, placed date NOT NULL);
CREATE UNIQUE INDEX orders_code ON orders (code);
CREATE INDEX orders_placed ON orders (placed);
ALTER TABLE orders CLUSTER ON orders_placed;
ALTER TABLE orders REPLICA IDENTITY USING INDEX orders_pkey;
CREATE TABLE items (id int PRIMARY KEY, sku text NOT NULL CONSTRAINT items_sku UNIQUE);
ALTER TABLE items REPLICA IDENTITY USING INDEX items_sku;
CREATE TABLE logs (id int NOT NULL, at timestamptz);
CREATE UNIQUE INDEX logs_id ON logs (id) INCLUDE (at);
ALTER TABLE logs REPLICA IDENTITY USING INDEX logs_id;
ALTER TABLE logs CLUSTER ON logs_id;
CREATE TABLE notes (id int PRIMARY KEY, body text);
CREATE INDEX notes_body ON notes (body);
CREATE TABLE fresh (id int NOT NULL, email text NOT NULL);
CREATE UNIQUE INDEX fresh_email ON fresh (email);
ALTER TABLE fresh REPLICA IDENTITY USING INDEX fresh_email;
CLUSTER fresh USING fresh_email;
CREATE INDEX fresh_lower ON fresh (lower(email));
ALTER INDEX fresh_lower ALTER COLUMN 1 SET STATISTICS 3000;
