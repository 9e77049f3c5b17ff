-- View options set and reset by ALTER VIEW: visible gains security_barrier and security_invoker (the view on
-- it stays), barrier loses security_barrier, checked's check option becomes cascaded, and a new view is made
-- with its options by ALTER VIEW alone.
CREATE TABLE public.items (id integer PRIMARY KEY, price numeric NOT NULL, hidden boolean NOT NULL DEFAULT false);
CREATE VIEW public.visible AS SELECT id, price FROM public.items WHERE NOT hidden;
ALTER VIEW public.visible SET (security_barrier = true, security_invoker = true);
ALTER VIEW public.visible OWNER TO app_user;
CREATE VIEW public.barrier WITH (security_barrier) AS SELECT id, price FROM public.items WHERE price < 10;
ALTER VIEW public.barrier RESET (security_barrier);
CREATE VIEW public.checked AS SELECT id, price FROM public.items WHERE price > 0;
ALTER VIEW public.checked SET (check_option = local);
ALTER VIEW public.checked SET (check_option = cascaded);
CREATE VIEW public.on_visible AS SELECT id FROM public.visible;
CREATE VIEW public.positive AS SELECT id, price FROM public.items WHERE price > 0;
ALTER VIEW public.positive SET (security_barrier, check_option = local);
