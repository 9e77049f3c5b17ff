CREATE TABLE public.limits (kind text PRIMARY KEY, max_amount integer NOT NULL);
CREATE TABLE public.payments (id integer PRIMARY KEY, kind text NOT NULL, amount integer NOT NULL);
