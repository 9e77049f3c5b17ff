-- A foreign table holds no data: a new column, a new type or new options recreate it, with the view that reads
-- it; a user mapping's new options recreate it; a foreign table nobody wants any more is dropped.
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER side FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE items (id bigint, name text OPTIONS (column_name 'title'), added date DEFAULT CURRENT_DATE)
  SERVER side OPTIONS (table_name 'all_items');
CREATE VIEW item_names AS SELECT name FROM items;
CREATE USER MAPPING FOR app_user SERVER side OPTIONS (user 'b');
