-- Objects dropped and created again keep their privileges, comment and owner: score's return type changes
-- (DROP + CREATE), mood loses a value (the type is swapped for a new one). Owners of a function, a procedure,
-- a domain and a composite type are stated and changed.
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
GRANT USAGE ON TYPE public.mood TO app_user;
ALTER TYPE public.mood OWNER TO admin_role;
CREATE TABLE public.people (id integer PRIMARY KEY, mood public.mood);
CREATE FUNCTION public.score(n integer) RETURNS bigint LANGUAGE sql IMMUTABLE AS 'SELECT n * 2';
REVOKE EXECUTE ON FUNCTION public.score(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.score(integer) TO app_user;
COMMENT ON FUNCTION public.score(integer) IS 'doubles';
ALTER FUNCTION public.score OWNER TO admin_role;
CREATE PROCEDURE public.tidy() LANGUAGE sql AS 'SELECT 1';
ALTER PROCEDURE public.tidy() OWNER TO app_user;
CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
ALTER DOMAIN public.positive OWNER TO readonly_user;
CREATE TYPE public.pair AS (a integer, b integer);
ALTER TYPE public.pair OWNER TO admin_role;
