-- As pg_dump writes operator classes and families.
CREATE TYPE public.money2 AS (
    amount numeric,
    currency text
);
CREATE FUNCTION public.money2_cmp(public.money2, public.money2) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$ SELECT CASE WHEN $1.amount < $2.amount THEN -1 WHEN $1.amount > $2.amount THEN 1 ELSE 0 END $_$;
CREATE FUNCTION public.money2_lt(public.money2, public.money2) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$ SELECT $1.amount < $2.amount $_$;
CREATE FUNCTION public.money2_eq(public.money2, public.money2) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$ SELECT $1.amount = $2.amount $_$;
CREATE OPERATOR public.< (
    FUNCTION = public.money2_lt,
    LEFTARG = public.money2,
    RIGHTARG = public.money2
);
CREATE OPERATOR public.= (
    FUNCTION = public.money2_eq,
    LEFTARG = public.money2,
    RIGHTARG = public.money2,
    COMMUTATOR = OPERATOR(public.=),
    MERGES
);
CREATE OPERATOR FAMILY public.money2_ops USING btree;
ALTER OPERATOR FAMILY public.money2_ops USING btree OWNER TO postgres;
CREATE OPERATOR CLASS public.money2_ops
    FOR TYPE public.money2 USING btree FAMILY public.money2_ops AS
    OPERATOR 1 public.<(public.money2,public.money2) ,
    OPERATOR 3 public.=(public.money2,public.money2) ,
    FUNCTION 1 (public.money2, public.money2) public.money2_cmp(public.money2,public.money2);
ALTER OPERATOR CLASS public.money2_ops USING btree OWNER TO postgres;
CREATE OPERATOR FAMILY public.money2_extra USING btree;
ALTER OPERATOR FAMILY public.money2_extra USING btree ADD
    OPERATOR 1 public.<(public.money2,public.money2) ,
    FUNCTION 1 (public.money2, public.money2) public.money2_cmp(public.money2,public.money2);
