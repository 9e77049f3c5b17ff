CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION public.g() RETURNS integer LANGUAGE sql SET search_path TO 'public' AS 'SELECT 2';
