CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER side FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE items (id int, name text) SERVER side OPTIONS (table_name 'items');
CREATE VIEW item_names AS SELECT name FROM items;
CREATE USER MAPPING FOR app_user SERVER side OPTIONS (user 'a');
CREATE FOREIGN TABLE gone (x int) SERVER side;
