CREATE FUNCTION diff(a float8, b float8) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT a - b $$;
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = diff);
CREATE VIEW v AS SELECT floatrange(1, 2) AS r;
