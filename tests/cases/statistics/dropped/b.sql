CREATE TABLE public.orders (id integer PRIMARY KEY, customer integer, region text, city text, amount numeric);
