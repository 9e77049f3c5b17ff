CREATE TYPE money2 AS (amount numeric, currency text);
CREATE FUNCTION money2_lt(money2, money2) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1.amount < $2.amount $$;
CREATE OPERATOR < (leftarg = money2, rightarg = money2, procedure = money2_lt);
CREATE FUNCTION cheaper(x money2, y money2) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN x < y;
CREATE TABLE offers (id int PRIMARY KEY, price money2, floor money2, CHECK (floor < price));
CREATE INDEX offers_cheap ON offers ((price < floor));
CREATE VIEW cheap_offers AS SELECT id FROM offers WHERE floor < price;
