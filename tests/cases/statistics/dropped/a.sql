-- Every kind, a subset of kinds, columns written out of order (PostgreSQL stores them in the table's order).
CREATE TABLE public.orders (id integer PRIMARY KEY, customer integer, region text, city text, amount numeric);
CREATE STATISTICS orders_place ON city, region FROM orders;
CREATE STATISTICS public.orders_customer (ndistinct, mcv) ON region, customer FROM public.orders;
CREATE STATISTICS orders_deps (dependencies) ON customer, city FROM orders;
