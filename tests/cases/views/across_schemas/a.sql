-- Views reading tables and views of other schemas; one changes its condition in place (same columns), one
-- is new and reads a view of a third schema.
CREATE SCHEMA sales;
CREATE SCHEMA reporting;
CREATE TABLE public.customers (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE sales.orders (id integer PRIMARY KEY, customer_id integer NOT NULL REFERENCES public.customers, total numeric(12, 2));
CREATE VIEW sales.open_orders AS
  SELECT o.id, o.customer_id, o.total FROM sales.orders o WHERE o.total > 0;
