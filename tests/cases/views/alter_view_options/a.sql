CREATE TABLE public.items (id integer PRIMARY KEY, price numeric NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW public.visible AS SELECT id, price FROM public.items WHERE NOT hidden;
CREATE VIEW public.barrier WITH (security_barrier) AS SELECT id, price FROM public.items WHERE price < 10;
CREATE VIEW public.checked AS SELECT id, price FROM public.items WHERE price > 0;
ALTER VIEW public.checked SET (check_option = local);
CREATE VIEW public.on_visible AS SELECT id FROM public.visible;
