CREATE FUNCTION concat_sfunc(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce($1 || ',', '') || $2 $$;
CREATE AGGREGATE group_concat(text) (SFUNC = concat_sfunc, STYPE = text);
CREATE TABLE t (id int PRIMARY KEY, name text);
CREATE VIEW names AS SELECT group_concat(name) AS all_names FROM t;
CREATE AGGREGATE old_sum(int) (SFUNC = int4pl, STYPE = int4);
