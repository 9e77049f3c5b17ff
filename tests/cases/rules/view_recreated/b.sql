-- price becomes numeric: the view reading it is recreated, and the rule on the view (which also writes the
-- column) goes before it and comes back after.
CREATE TABLE public.items (id integer PRIMARY KEY, price numeric NOT NULL);
CREATE VIEW public.priced_items AS SELECT id, price FROM items;
CREATE RULE priced_items_insert AS ON INSERT TO priced_items DO INSTEAD INSERT INTO items VALUES (NEW.id, NEW.price);
