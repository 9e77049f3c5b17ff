CREATE SCHEMA sales;
CREATE SCHEMA reporting;
CREATE TABLE public.customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE sales.orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES public.customers, total numeric(12, 2));
CREATE VIEW sales.open_orders AS
  SELECT o.id, o.customer_id, o.total FROM sales.orders o WHERE o.total >= 10;
CREATE VIEW reporting.customer_totals AS
  SELECT c.name, sum(oo.total) AS total
  FROM public.customers c JOIN sales.open_orders oo ON oo.customer_id = c.id
  GROUP BY c.name;
COMMENT ON VIEW reporting.customer_totals IS 'open order totals per customer';
