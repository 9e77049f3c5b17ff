-- Changed rules are replaced in place (CREATE OR REPLACE RULE): a condition added, INSTEAD turned ALSO with
-- two actions, a rule disabled, a disabled one changed and enabled.
CREATE TABLE public.orders (id integer PRIMARY KEY, status text NOT NULL);
CREATE TABLE public.order_events (order_id integer, status text, at timestamptz DEFAULT now());
CREATE RULE orders_log AS ON UPDATE TO orders WHERE OLD.status IS DISTINCT FROM NEW.status
  DO ALSO INSERT INTO order_events (order_id, status) VALUES (NEW.id, NEW.status);
CREATE OR REPLACE RULE orders_keep AS ON DELETE TO orders
  DO ALSO (INSERT INTO order_events (order_id, status) VALUES (OLD.id, 'deleted'); NOTIFY orders_changed);
CREATE RULE orders_quiet AS ON INSERT TO orders DO ALSO NOTIFY orders_changed;
ALTER TABLE orders DISABLE RULE orders_quiet;
-- A disabled rule changed and enabled again: CREATE OR REPLACE RULE keeps the state, which is set on its own.
CREATE RULE orders_muted AS ON UPDATE TO orders DO ALSO NOTIFY orders_updated;
