-- The column a rule reads goes and the rule changes to read another: the rule is out of the way before the
-- column is dropped.
CREATE TABLE public.orders (id integer PRIMARY KEY, status text);
CREATE TABLE public.order_notes (order_id integer, note text);
CREATE RULE orders_note AS ON UPDATE TO orders WHERE NEW.status IS DISTINCT FROM OLD.status
  DO ALSO INSERT INTO order_notes VALUES (NEW.id, NEW.status);
