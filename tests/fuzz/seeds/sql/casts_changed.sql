CREATE TYPE money2 AS (amount numeric, currency text);
CREATE FUNCTION money2_amount(money2) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount $$;
CREATE FUNCTION money2_of(numeric) RETURNS money2 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ($1, 'EUR')::money2 $$;
CREATE CAST (money2 AS numeric) WITH FUNCTION money2_amount(money2);
CREATE CAST (numeric AS money2) WITH FUNCTION money2_of(numeric) AS ASSIGNMENT;
CREATE CAST (money2 AS text) WITH INOUT AS IMPLICIT;
CREATE CAST (text AS money2) WITH INOUT;
COMMENT ON CAST (money2 AS numeric) IS 'the amount';

-- schemaplan-fuzz: to
CREATE TYPE money2 AS (amount numeric, currency text);
CREATE FUNCTION money2_amount(money2) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount $$;
CREATE FUNCTION money2_of(numeric) RETURNS money2 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ($1, 'EUR')::money2 $$;
-- Another context, another method, another comment: dropped and created again (the comment in place).
CREATE CAST (money2 AS numeric) WITH FUNCTION money2_amount(money2) AS IMPLICIT;
CREATE CAST (numeric AS money2) WITH FUNCTION money2_of(numeric) AS ASSIGNMENT;
CREATE CAST (money2 AS text) WITH INOUT;
CREATE CAST (text AS money2) WITH INOUT;
COMMENT ON CAST (money2 AS numeric) IS 'its amount';
COMMENT ON CAST (text AS money2) IS 'parsed';
