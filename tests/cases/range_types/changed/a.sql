CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE TYPE gone AS RANGE (subtype = int4);
CREATE FUNCTION width(r floatrange) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT upper(r) - lower(r) $$;
COMMENT ON TYPE floatrange IS 'old';
