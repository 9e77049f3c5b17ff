CREATE TYPE money2 AS (amount numeric, currency text);
CREATE FUNCTION money2_lt(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount < $2.amount $$;
CREATE FUNCTION money2_le(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount <= $2.amount $$;
CREATE FUNCTION money2_eq(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount = $2.amount $$;
CREATE FUNCTION money2_ge(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount >= $2.amount $$;
CREATE FUNCTION money2_gt(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount > $2.amount $$;
CREATE FUNCTION money2_cmp(money2, money2) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT CASE WHEN $1.amount < $2.amount THEN -1 WHEN $1.amount > $2.amount THEN 1 ELSE 0 END $$;
CREATE FUNCTION money2_hash(money2) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT hashtext($1.amount::text) $$;
CREATE OPERATOR < (leftarg = money2, rightarg = money2, function = money2_lt, commutator = >, negator = >=);
CREATE OPERATOR <= (leftarg = money2, rightarg = money2, function = money2_le, commutator = >=, negator = >);
CREATE OPERATOR = (leftarg = money2, rightarg = money2, function = money2_eq, commutator = =, hashes, merges);
CREATE OPERATOR >= (leftarg = money2, rightarg = money2, function = money2_ge, commutator = <=, negator = <);
CREATE OPERATOR > (leftarg = money2, rightarg = money2, function = money2_gt, commutator = <, negator = <=);
-- A default btree class (its family of the same name made with it), a hash family filled by ALTER OPERATOR
-- FAMILY, a class in it; an index using the btree class.
CREATE OPERATOR CLASS money2_ops DEFAULT FOR TYPE money2 USING btree AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 money2_cmp(money2, money2);
CREATE OPERATOR FAMILY money2_hash_ops USING hash;
ALTER OPERATOR FAMILY money2_hash_ops USING hash ADD OPERATOR 1 = (money2, money2);
CREATE OPERATOR CLASS money2_hash_ops DEFAULT FOR TYPE money2 USING hash FAMILY money2_hash_ops AS
  FUNCTION 1 money2_hash(money2);
COMMENT ON OPERATOR CLASS money2_ops USING btree IS 'by amount';
COMMENT ON OPERATOR FAMILY money2_hash_ops USING hash IS 'hashed amounts';
CREATE TABLE prices (id int PRIMARY KEY, price money2);
CREATE INDEX prices_price ON prices (price money2_ops);

-- schemaplan-fuzz: to
CREATE TYPE money2 AS (amount numeric, currency text);
CREATE FUNCTION money2_lt(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount < $2.amount $$;
CREATE FUNCTION money2_le(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount <= $2.amount $$;
CREATE FUNCTION money2_eq(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount = $2.amount $$;
CREATE FUNCTION money2_ge(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount >= $2.amount $$;
CREATE FUNCTION money2_gt(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT $1.amount > $2.amount $$;
CREATE FUNCTION money2_cmp(money2, money2) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT CASE WHEN $1.amount < $2.amount THEN -1 WHEN $1.amount > $2.amount THEN 1 ELSE 0 END $$;
CREATE FUNCTION money2_hash(money2) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT hashtext($1.amount::text) $$;
CREATE FUNCTION money2_cmp2(money2, money2) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT CASE WHEN $1.amount < $2.amount THEN -1 WHEN $1.amount > $2.amount THEN 1 ELSE 0 END $$;
CREATE OPERATOR < (leftarg = money2, rightarg = money2, function = money2_lt, commutator = >, negator = >=);
CREATE OPERATOR <= (leftarg = money2, rightarg = money2, function = money2_le, commutator = >=, negator = >);
CREATE OPERATOR = (leftarg = money2, rightarg = money2, function = money2_eq, commutator = =, hashes, merges);
CREATE OPERATOR >= (leftarg = money2, rightarg = money2, function = money2_ge, commutator = <=, negator = <);
CREATE OPERATOR > (leftarg = money2, rightarg = money2, function = money2_gt, commutator = <, negator = <=);
-- The class gets another comparison function: dropped and created again, with the index using it.
CREATE OPERATOR CLASS money2_ops DEFAULT FOR TYPE money2 USING btree AS
  OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >, FUNCTION 1 money2_cmp2(money2, money2);
CREATE OPERATOR FAMILY money2_hash_ops USING hash;
ALTER OPERATOR FAMILY money2_hash_ops USING hash ADD OPERATOR 1 = (money2, money2);
CREATE OPERATOR CLASS money2_hash_ops DEFAULT FOR TYPE money2 USING hash FAMILY money2_hash_ops AS
  FUNCTION 1 money2_hash(money2);
COMMENT ON OPERATOR CLASS money2_ops USING btree IS 'by amount';
COMMENT ON OPERATOR FAMILY money2_hash_ops USING hash IS 'hashed amounts';
CREATE TABLE prices (id int PRIMARY KEY, price money2);
CREATE INDEX prices_price ON prices (price money2_ops);
