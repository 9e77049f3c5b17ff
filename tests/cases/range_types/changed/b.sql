-- A new definition creates the range type again, with the function that takes it; a comment changes in place;
-- a range nobody wants is dropped.
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE FUNCTION width(r floatrange) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT upper(r) - lower(r) $$;
COMMENT ON TYPE floatrange IS 'new';
