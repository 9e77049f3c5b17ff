CREATE TYPE money2 AS (amount numeric, currency text);
CREATE FUNCTION money2_add(money2, money2) RETURNS money2 LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT ($1.amount + $2.amount, $1.currency)::money2 $$;
CREATE FUNCTION money2_neg(money2) RETURNS money2 LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT (-$1.amount, $1.currency)::money2 $$;
CREATE FUNCTION money2_eq(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT $1.amount = $2.amount AND $1.currency = $2.currency $$;
-- The operator is created before its commutator exists (itself here), a prefix operator, estimators, flags.
CREATE OPERATOR + (leftarg = money2, rightarg = money2, procedure = money2_add, commutator = +);
CREATE OPERATOR - (rightarg = money2, function = money2_neg);
CREATE OPERATOR = (leftarg = money2, rightarg = money2, function = money2_eq, commutator = =,
                   restrict = eqsel, join = eqjoinsel, hashes, merges);
