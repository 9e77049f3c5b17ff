CREATE TYPE money2 AS (amount numeric, currency text);
-- The cast's function gets a parameter name (CREATE OR REPLACE refuses): the cast goes first and comes back.
CREATE FUNCTION money2_amount(m money2) RETURNS numeric LANGUAGE plpgsql IMMUTABLE STRICT AS $$ BEGIN RETURN m.amount; END $$;
CREATE CAST (money2 AS numeric) WITH FUNCTION money2_amount(money2);
