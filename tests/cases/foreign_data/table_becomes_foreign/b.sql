-- A table and a foreign table trade places under one name: the old one is dropped before the new one is created,
-- and the view over it and its grant follow.
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER side FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE items (id int, name text) SERVER side OPTIONS (table_name 'items');
CREATE VIEW item_names AS SELECT name FROM items;
GRANT SELECT ON items TO readonly_user;
CREATE TABLE archive (id int, name text);
