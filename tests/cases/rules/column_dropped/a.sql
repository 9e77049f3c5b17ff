CREATE TABLE public.orders (id integer PRIMARY KEY, status text, note text);
CREATE TABLE public.order_notes (order_id integer, note text);
CREATE RULE orders_note AS ON UPDATE TO orders WHERE NEW.note IS DISTINCT FROM OLD.note
  DO ALSO INSERT INTO order_notes VALUES (NEW.id, NEW.note);
