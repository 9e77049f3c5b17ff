-- A declared column rename under a statistics object: the object follows the column (as PostgreSQL's does), so
-- the plan is the RENAME alone.
CREATE TABLE public.orders (
  id integer,
  region text,
  town text -- schemaplan:renamed-from city
);
CREATE STATISTICS orders_place ON region, town FROM orders;
