-- roundtrip: any order
-- Desired state written backwards: the foreign keys come before the tables they join, the referencing table
-- before the referenced one. schemaplan orders statements itself; psql cannot run this file top to bottom.
ALTER TABLE order_items ADD CONSTRAINT order_items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;
CREATE TABLE order_items (id integer PRIMARY KEY, order_id integer NOT NULL, sku text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers (id) ON DELETE RESTRICT);
CREATE TABLE customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE audit (id integer PRIMARY KEY);
