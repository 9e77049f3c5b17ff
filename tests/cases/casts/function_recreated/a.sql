CREATE TYPE money2 AS (amount numeric, currency text);
CREATE FUNCTION money2_amount(money2) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount $$;
CREATE CAST (money2 AS numeric) WITH FUNCTION money2_amount(money2);
