CREATE TABLE public.orders (id integer PRIMARY KEY, amount integer, note text);
CREATE VIEW public.order_amounts AS SELECT id, amount FROM public.orders;
GRANT SELECT ON public.order_amounts TO readonly_user;
GRANT UPDATE (amount) ON public.order_amounts TO app_user;
COMMENT ON VIEW public.order_amounts IS 'amounts per order';
ALTER VIEW public.order_amounts OWNER TO admin_role;
CREATE VIEW public.notes AS SELECT id, note FROM public.orders;
GRANT SELECT, INSERT ON public.notes TO app_user;
CREATE MATERIALIZED VIEW public.totals AS SELECT sum(amount) AS total FROM public.orders;
GRANT SELECT ON public.totals TO readonly_user;
CREATE VIEW public.dropped AS SELECT id FROM public.orders;
GRANT SELECT ON public.dropped TO readonly_user;

-- schemaplan-fuzz: to
-- Grants on views, materialized views and view columns. orders.amount changes type: order_amounts and totals
-- are recreated around it and get their grants, comment and owner back (order_amounts' grants change too).
-- notes loses a grant, keeps one; reports is new with its grants and owner; dropped goes with its grant.
CREATE TABLE public.orders (id integer PRIMARY KEY, amount bigint, note text);
CREATE VIEW public.order_amounts AS SELECT id, amount FROM public.orders;
GRANT SELECT, INSERT ON public.order_amounts TO readonly_user;
GRANT UPDATE (amount) ON public.order_amounts TO app_user;
COMMENT ON VIEW public.order_amounts IS 'amounts per order';
ALTER VIEW public.order_amounts OWNER TO admin_role;
CREATE VIEW public.notes AS SELECT id, note FROM public.orders;
GRANT SELECT ON public.notes TO app_user;
CREATE MATERIALIZED VIEW public.totals AS SELECT sum(amount) AS total FROM public.orders;
GRANT SELECT ON public.totals TO readonly_user;
ALTER MATERIALIZED VIEW public.totals OWNER TO app_user;
CREATE VIEW public.reports AS SELECT id, amount, note FROM public.orders;
GRANT SELECT (id, amount) ON TABLE public.reports TO readonly_user;
REVOKE ALL ON public.reports FROM PUBLIC;
ALTER TABLE public.reports OWNER TO admin_role;
