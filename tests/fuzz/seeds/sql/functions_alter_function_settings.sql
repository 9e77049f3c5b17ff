CREATE TABLE public.t (id integer);
CREATE FUNCTION public.count_t() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM public.t';
CREATE VIEW public.counted AS SELECT public.count_t() AS n;
CREATE FUNCTION public.touch(x integer) RETURNS integer LANGUAGE plpgsql AS 'BEGIN RETURN x; END';
ALTER FUNCTION public.touch(integer) STRICT SET work_mem = '64MB';
CREATE FUNCTION public.ids() RETURNS SETOF integer LANGUAGE sql AS 'SELECT id FROM public.t';
CREATE PROCEDURE public.p() LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION public.plain(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x';
ALTER FUNCTION public.plain(integer) SECURITY DEFINER;

-- schemaplan-fuzz: to
-- Attributes stated by ALTER FUNCTION / PROCEDURE / ROUTINE after the CREATE, as if written in it: count_t
-- gains settings, SECURITY DEFINER, a cost and a volatility (the view that calls it stays); touch loses its
-- setting and STRICT; ids gets ROWS and PARALLEL through ALTER ROUTINE; the procedure becomes SECURITY DEFINER
-- with a search_path; plain goes back to SECURITY INVOKER; a new function comes with its ALTERs.
CREATE TABLE public.t (id integer);
CREATE FUNCTION public.count_t() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM public.t';
ALTER FUNCTION public.count_t() SET search_path = public, pg_temp SECURITY DEFINER COST 5 STABLE;
ALTER FUNCTION public.count_t() SET statement_timeout = '5s';
ALTER FUNCTION public.count_t() OWNER TO app_user;
CREATE VIEW public.counted AS SELECT public.count_t() AS n;
CREATE FUNCTION public.touch(x integer) RETURNS integer LANGUAGE plpgsql STRICT SET work_mem = '64MB'
  AS 'BEGIN RETURN x; END';
ALTER FUNCTION public.touch(integer) RESET work_mem CALLED ON NULL INPUT;
CREATE FUNCTION public.ids() RETURNS SETOF integer LANGUAGE sql AS 'SELECT id FROM public.t';
ALTER ROUTINE public.ids ROWS 10 PARALLEL SAFE;
CREATE PROCEDURE public.p() LANGUAGE sql AS 'SELECT 1';
ALTER PROCEDURE public.p() SECURITY DEFINER SET search_path = public;
CREATE FUNCTION public.plain(x integer) RETURNS integer LANGUAGE sql IMMUTABLE SECURITY DEFINER AS 'SELECT x';
ALTER FUNCTION public.plain(integer) SECURITY INVOKER LEAKPROOF;
CREATE FUNCTION public.added(x text) RETURNS text LANGUAGE sql AS 'SELECT upper(x)';
ALTER FUNCTION public.added(text) IMMUTABLE PARALLEL SAFE SET search_path = '';
COMMENT ON FUNCTION public.added(text) IS 'upper case';
