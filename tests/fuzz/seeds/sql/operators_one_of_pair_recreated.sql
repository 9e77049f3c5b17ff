CREATE TYPE money2 AS (amount numeric, currency text);
CREATE FUNCTION money2_lt(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount < $2.amount $$;
CREATE FUNCTION money2_gt(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount > $2.amount $$;
CREATE FUNCTION money2_le(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount <= $2.amount $$;
CREATE FUNCTION money2_ge(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount >= $2.amount $$;
CREATE FUNCTION money2_mul(money2, numeric) RETURNS money2 LANGUAGE sql IMMUTABLE AS $$ SELECT ($1.amount * $2, $1.currency)::money2 $$;
CREATE FUNCTION money2_mul(numeric, money2) RETURNS money2 LANGUAGE sql IMMUTABLE AS $$ SELECT ($2.amount * $1, $2.currency)::money2 $$;
-- Each names operators defined after it (PostgreSQL makes shells and fills them in).
CREATE OPERATOR > (leftarg = money2, rightarg = money2, procedure = money2_gt, commutator = <, negator = <=);
CREATE OPERATOR >= (leftarg = money2, rightarg = money2, procedure = money2_ge, commutator = <=, negator = <);
CREATE OPERATOR < (leftarg = money2, rightarg = money2, procedure = money2_lt, commutator = >, negator = >=);
CREATE OPERATOR <= (leftarg = money2, rightarg = money2, procedure = money2_le, commutator = >=, negator = >);
CREATE OPERATOR * (leftarg = money2, rightarg = numeric, procedure = money2_mul, commutator = *);
CREATE OPERATOR * (leftarg = numeric, rightarg = money2, procedure = money2_mul, commutator = *);

-- schemaplan-fuzz: to
CREATE TYPE money2 AS (amount numeric, currency text);
CREATE FUNCTION money2_lt(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount < $2.amount $$;
CREATE FUNCTION money2_lt2(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount < $2.amount OR $1.currency < $2.currency $$;
CREATE FUNCTION money2_gt(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount > $2.amount $$;
CREATE FUNCTION money2_le(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount <= $2.amount $$;
CREATE FUNCTION money2_ge(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount >= $2.amount $$;
CREATE FUNCTION money2_mul(money2, numeric) RETURNS money2 LANGUAGE sql IMMUTABLE AS $$ SELECT ($1.amount * $2, $1.currency)::money2 $$;
CREATE FUNCTION money2_mul(numeric, money2) RETURNS money2 LANGUAGE sql IMMUTABLE AS $$ SELECT ($2.amount * $1, $2.currency)::money2 $$;
-- One operator of the pair gets another function: dropped (PostgreSQL clears the links of its commutator and negator) and created again (which sets them back).
CREATE OPERATOR > (leftarg = money2, rightarg = money2, procedure = money2_gt, commutator = <, negator = <=);
CREATE OPERATOR >= (leftarg = money2, rightarg = money2, procedure = money2_ge, commutator = <=, negator = <);
CREATE OPERATOR < (leftarg = money2, rightarg = money2, procedure = money2_lt2, commutator = >, negator = >=);
CREATE OPERATOR <= (leftarg = money2, rightarg = money2, procedure = money2_le, commutator = >=, negator = >);
CREATE OPERATOR * (leftarg = money2, rightarg = numeric, procedure = money2_mul, commutator = *);
CREATE OPERATOR * (leftarg = numeric, rightarg = money2, procedure = money2_mul, commutator = *);
