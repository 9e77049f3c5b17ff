-- As pg_dump writes operators: qualified, FUNCTION =, OPERATOR() links, owners stated.
SET check_function_bodies = false;
CREATE FUNCTION public.text_before(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT $1 < $2$_$;
CREATE FUNCTION public.text_after(text, text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $_$SELECT $1 > $2$_$;
CREATE OPERATOR public.~<< (
    FUNCTION = public.text_before,
    LEFTARG = text,
    RIGHTARG = text,
    COMMUTATOR = OPERATOR(public.~>>)
);
ALTER OPERATOR public.~<< (text, text) OWNER TO postgres;
CREATE OPERATOR public.~>> (
    FUNCTION = public.text_after,
    LEFTARG = text,
    RIGHTARG = text,
    COMMUTATOR = OPERATOR(public.~<<),
    RESTRICT = scalargtsel,
    JOIN = scalargtjoinsel
);
ALTER OPERATOR public.~>> (text, text) OWNER TO postgres;
COMMENT ON OPERATOR public.~>> (text, text) IS 'after';
CREATE TABLE public.words (w text);
CREATE INDEX words_before ON public.words USING btree (((w OPERATOR(public.~<<) 'm'::text)));
