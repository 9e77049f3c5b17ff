CREATE TABLE public.orders (id integer PRIMARY KEY, status text NOT NULL, region text, city text);
CREATE TABLE public.order_events (order_id integer, status text, at timestamptz DEFAULT now());
CREATE VIEW public.open_orders AS SELECT id, status FROM orders WHERE status <> 'closed';
CREATE MATERIALIZED VIEW public.order_counts AS SELECT status, region, count(*) AS n FROM orders GROUP BY status, region
  WITH NO DATA;
CREATE RULE orders_keep AS ON DELETE TO orders DO INSTEAD NOTHING;
CREATE STATISTICS orders_place ON region, city FROM orders;
