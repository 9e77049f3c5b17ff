-- COMMENT ON every kind added: schema, extension, table, column, index, sequence, type, constraint.
CREATE SCHEMA billing;
CREATE EXTENSION pg_trgm;
CREATE TYPE billing.currency AS ENUM ('usd', 'eur');
CREATE SEQUENCE billing.invoice_no_seq;
CREATE TABLE billing.invoices (
  id integer PRIMARY KEY,
  no bigint DEFAULT nextval('billing.invoice_no_seq'),
  currency billing.currency NOT NULL,
  total integer NOT NULL CONSTRAINT invoices_total_check CHECK (total >= 0)
);
CREATE INDEX invoices_currency_idx ON billing.invoices (currency);
