CREATE TABLE public.t (id integer);
CREATE FUNCTION public.count_t() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM public.t';
CREATE VIEW public.counted AS SELECT public.count_t() AS n;
CREATE FUNCTION public.touch(x integer) RETURNS integer LANGUAGE plpgsql AS 'BEGIN RETURN x; END';
ALTER FUNCTION public.touch(integer) STRICT SET work_mem = '64MB';
CREATE FUNCTION public.ids() RETURNS SETOF integer LANGUAGE sql AS 'SELECT id FROM public.t';
CREATE PROCEDURE public.p() LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION public.plain(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT x';
ALTER FUNCTION public.plain(integer) SECURITY DEFINER;
