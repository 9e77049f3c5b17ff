CREATE FUNCTION public.add_one(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT x + 1$$;
COMMENT ON FUNCTION public.add_one(integer) IS 'integer version';
-- an overload beside it, with OUT/INOUT/VARIADIC arguments and defaults
CREATE FUNCTION public.add_one(x numeric, step numeric DEFAULT 1) RETURNS numeric LANGUAGE sql IMMUTABLE
  RETURN x + step;
CREATE FUNCTION public.sum_all(VARIADIC xs integer[], OUT total bigint, OUT n integer) LANGUAGE sql STABLE
  AS 'SELECT sum(v), count(*)::integer FROM unnest(xs) AS v';
COMMENT ON FUNCTION add_one(numeric, numeric) IS 'numeric version';
