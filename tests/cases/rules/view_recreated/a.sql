CREATE TABLE public.items (id integer PRIMARY KEY, price integer NOT NULL);
CREATE VIEW public.priced_items AS SELECT id, price FROM items;
CREATE RULE priced_items_insert AS ON INSERT TO priced_items DO INSTEAD INSERT INTO items VALUES (NEW.id, NEW.price);
