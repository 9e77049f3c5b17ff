CREATE TABLE t (id int PRIMARY KEY, name text);
CREATE FUNCTION concat_sfunc(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce($1 || ',', '') || $2 $$;
CREATE AGGREGATE group_concat(text) (SFUNC = concat_sfunc, STYPE = text);
CREATE AGGREGATE public.cnt(*) (SFUNC = int8inc, STYPE = int8, INITCOND = '0');
COMMENT ON AGGREGATE cnt(*) IS 'counts rows';
CREATE AGGREGATE app_max(int) (SFUNC = int4larger, STYPE = int4, SORTOP = >, PARALLEL = SAFE, COMBINEFUNC = int4larger);
-- A view calling a user aggregate: created after it.
CREATE VIEW names AS SELECT group_concat(name) AS all_names, cnt(*) AS n FROM t;
