CREATE TABLE items (id integer PRIMARY KEY, price numeric NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW visible_items WITH (security_barrier = true) AS SELECT id, price FROM items WHERE NOT hidden;
CREATE VIEW cheap_items AS SELECT id, price FROM items WHERE price < 10;
CREATE VIEW positive_items AS SELECT id, price FROM items WHERE price > 0 WITH CASCADED CHECK OPTION;
CREATE VIEW checked_items AS SELECT id, price FROM items WHERE price < 1000;
