CREATE TABLE public.t (a integer, b text);
CREATE FUNCTION public.rows_of_t() RETURNS SETOF public.t LANGUAGE sql STABLE ROWS 50 PARALLEL RESTRICTED AS 'SELECT * FROM public.t';
CREATE FUNCTION public.pairs(n integer) RETURNS TABLE(i integer, name text) LANGUAGE sql IMMUTABLE
  AS 'SELECT g, ''#'' || g FROM generate_series(1, n) AS g';
CREATE FUNCTION public.cheap(x integer) RETURNS integer LANGUAGE plpgsql STABLE COST 5 AS 'BEGIN RETURN x; END';
