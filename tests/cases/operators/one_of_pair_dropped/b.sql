CREATE TYPE money2 AS (amount numeric, currency text);
CREATE FUNCTION money2_lt(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount < $2.amount $$;
CREATE FUNCTION money2_gt(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount > $2.amount $$;
CREATE FUNCTION money2_le(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount <= $2.amount $$;
CREATE FUNCTION money2_ge(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount >= $2.amount $$;
-- `<` and `<=` go, `>` and `>=` stay and still name them: PostgreSQL clears their links when the named operators
-- are dropped; the target has them as shells, which only creating `>` and `>=` again makes.
CREATE OPERATOR > (leftarg = money2, rightarg = money2, procedure = money2_gt, commutator = <, negator = <=);
CREATE OPERATOR >= (leftarg = money2, rightarg = money2, procedure = money2_ge, commutator = <=, negator = <);
