CREATE TABLE public.orders (id integer PRIMARY KEY, status text NOT NULL);
CREATE TABLE public.order_events (order_id integer, status text, at timestamptz DEFAULT now());
CREATE RULE orders_log AS ON UPDATE TO orders DO ALSO INSERT INTO order_events (order_id, status) VALUES (NEW.id, NEW.status);
CREATE RULE orders_keep AS ON DELETE TO orders DO INSTEAD NOTHING;
CREATE RULE orders_quiet AS ON INSERT TO orders DO ALSO NOTIFY orders_changed;
CREATE RULE orders_muted AS ON UPDATE TO orders DO ALSO NOTIFY orders_changed;
ALTER TABLE orders DISABLE RULE orders_muted;
