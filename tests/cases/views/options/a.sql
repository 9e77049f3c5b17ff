-- View options: security_barrier on and off, WITH CHECK OPTION local -> cascaded, and one dropped.
CREATE TABLE items (id integer PRIMARY KEY, price numeric NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW visible_items AS SELECT id, price FROM items WHERE NOT hidden;
CREATE VIEW cheap_items WITH (security_barrier) AS SELECT id, price FROM items WHERE price < 10;
CREATE VIEW positive_items AS SELECT id, price FROM items WHERE price > 0 WITH LOCAL CHECK OPTION;
CREATE VIEW checked_items AS SELECT id, price FROM items WHERE price < 1000 WITH CHECK OPTION;
