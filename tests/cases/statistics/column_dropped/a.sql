CREATE TABLE public.orders (id integer, region text, city text, street text);
CREATE STATISTICS orders_place ON region, city FROM orders;
CREATE STATISTICS orders_street ON city, street FROM orders;
