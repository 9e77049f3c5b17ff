-- The subtype difference function is created again (its parameters are renamed, which CREATE OR REPLACE refuses):
-- the range type that names it and the view whose column is of that range go before it and come back after.
CREATE FUNCTION diff(x float8, y float8) RETURNS double precision LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN x - y; END $$;
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = diff);
CREATE VIEW v AS SELECT floatrange(1, 2) AS r;
