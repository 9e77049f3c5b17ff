CREATE FUNCTION concat_sfunc(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce($1 || ',', '') || $2 $$;
CREATE AGGREGATE group_concat(text) (SFUNC = concat_sfunc, STYPE = text);
CREATE TABLE t (id int PRIMARY KEY, name text);
CREATE VIEW names AS SELECT group_concat(name) AS all_names FROM t;
CREATE AGGREGATE old_sum(int) (SFUNC = int4pl, STYPE = int4);

-- schemaplan-fuzz: to
-- A new definition drops and creates the aggregate again, and the view that calls it goes and comes back with
-- it; an aggregate nobody uses any more is dropped.
CREATE FUNCTION concat_sfunc(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce($1 || ',', '') || $2 $$;
CREATE AGGREGATE group_concat(text) (SFUNC = concat_sfunc, STYPE = text, INITCOND = '');
COMMENT ON AGGREGATE group_concat(text) IS 'joins with commas';
CREATE TABLE t (id int PRIMARY KEY, name text);
CREATE VIEW names AS SELECT group_concat(name) AS all_names FROM t;
