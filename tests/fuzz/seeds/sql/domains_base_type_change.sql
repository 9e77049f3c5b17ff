-- amount's base type widens and code's collation changes: PostgreSQL's ALTER DOMAIN can do neither, so the
-- plan swaps each domain for a new one and moves its columns (a plain column, an array, one with a default)
-- over; the view reading them and the function taking the domain are rebuilt around the swap.
CREATE DOMAIN amount AS integer CONSTRAINT amount_positive CHECK (VALUE >= 0);
CREATE DOMAIN code AS text COLLATE "C" NOT NULL;
COMMENT ON DOMAIN amount IS 'money in cents';
CREATE TABLE ledger (
  id int PRIMARY KEY,
  total amount NOT NULL DEFAULT 0,
  parts amount[],
  ref code
);
CREATE VIEW ledger_totals AS SELECT id, total, ref FROM ledger;
CREATE FUNCTION double_amount(a amount) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a * 2';

-- schemaplan-fuzz: to
CREATE DOMAIN amount AS bigint CONSTRAINT amount_positive CHECK (VALUE >= 0);
CREATE DOMAIN code AS text NOT NULL;
COMMENT ON DOMAIN amount IS 'money in cents, wider';
CREATE TABLE ledger (
  id int PRIMARY KEY,
  total amount NOT NULL DEFAULT 0,
  parts amount[],
  ref code
);
CREATE VIEW ledger_totals AS SELECT id, total, ref FROM ledger;
CREATE FUNCTION double_amount(a amount) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT a * 2';
