-- As pg_dump writes casts: types and the function qualified, the function's argument types given.
CREATE TYPE public.money2 AS (
    amount numeric,
    currency text
);
CREATE FUNCTION public.money2_amount(public.money2) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$ SELECT $1.amount $_$;
CREATE CAST (public.money2 AS numeric) WITH FUNCTION public.money2_amount(public.money2) AS ASSIGNMENT;
CREATE CAST (public.money2 AS text) WITH INOUT;
COMMENT ON CAST (public.money2 AS numeric) IS 'the amount';
CREATE VIEW public.amounts AS
 SELECT (ROW((1)::numeric, 'EUR'::text)::public.money2)::numeric AS amount;
