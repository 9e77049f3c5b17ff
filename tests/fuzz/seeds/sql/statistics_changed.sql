CREATE TABLE public.orders (id integer PRIMARY KEY, customer integer, region text, city text);
CREATE STATISTICS orders_kinds (ndistinct) ON region, city FROM orders;
CREATE STATISTICS orders_columns ON region, city FROM orders;
CREATE STATISTICS orders_target ON customer, region FROM orders;
CREATE STATISTICS orders_target_reset ON customer, city FROM orders;
ALTER STATISTICS orders_target_reset SET STATISTICS 200;

-- schemaplan-fuzz: to
-- New kinds and new columns: dropped and created again; a new target: set in place (and reset with -1).
CREATE TABLE public.orders (id integer PRIMARY KEY, customer integer, region text, city text);
CREATE STATISTICS orders_kinds (ndistinct, dependencies, mcv) ON region, city FROM orders;
CREATE STATISTICS orders_columns ON customer, region, city FROM orders;
CREATE STATISTICS orders_target ON customer, region FROM orders;
ALTER STATISTICS orders_target SET STATISTICS 1000;
CREATE STATISTICS orders_target_reset ON customer, city FROM orders;
