-- street goes, and the statistics object over it with it (PostgreSQL drops it along).
CREATE TABLE public.orders (id integer, region text, city text);
CREATE STATISTICS orders_place ON region, city FROM orders;
