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
COMMENT ON SCHEMA billing IS 'Invoicing';
COMMENT ON TABLE billing.invoices IS 'One row per invoice';
COMMENT ON COLUMN billing.invoices.total IS 'In cents';
COMMENT ON INDEX billing.invoices_currency_idx IS 'Reports by currency';
COMMENT ON SEQUENCE billing.invoice_no_seq IS 'Legal invoice numbers, no gaps wanted';
COMMENT ON TYPE billing.currency IS 'ISO 4217, lower case';
COMMENT ON CONSTRAINT invoices_total_check ON billing.invoices IS 'Refunds are separate rows';
COMMENT ON EXTENSION pg_trgm IS 'Fuzzy search of customer names';
