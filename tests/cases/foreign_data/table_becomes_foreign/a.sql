CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER side FOREIGN DATA WRAPPER dummy;
CREATE TABLE items (id int PRIMARY KEY, name text);
CREATE VIEW item_names AS SELECT name FROM items;
GRANT SELECT ON items TO readonly_user;
CREATE FOREIGN TABLE archive (id int, name text) SERVER side;
