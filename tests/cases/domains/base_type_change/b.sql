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
