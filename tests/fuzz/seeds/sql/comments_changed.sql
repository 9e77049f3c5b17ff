-- COMMENT ON every kind changed to a new text (quotes, a newline and non-ASCII text included).
CREATE SCHEMA billing;
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
COMMENT ON SEQUENCE billing.invoice_no_seq IS 'Legal invoice numbers';
COMMENT ON TYPE billing.currency IS 'ISO 4217';
COMMENT ON CONSTRAINT invoices_total_check ON billing.invoices IS 'Refunds are separate rows';

-- schemaplan-fuzz: to
CREATE SCHEMA billing;
CREATE TYPE billing.currency AS ENUM ('usd', 'eur');
CREATE SEQUENCE billing.invoice_no_seq;
CREATE TABLE billing.invoices (
  id integer PRIMARY KEY,
  no bigint DEFAULT nextval('billing.invoice_no_seq'),
  currency billing.currency NOT NULL,
  total integer NOT NULL CONSTRAINT invoices_total_check CHECK (total >= 0)
);
CREATE INDEX invoices_currency_idx ON billing.invoices (currency);
COMMENT ON SCHEMA billing IS 'Invoicing & credit notes';
COMMENT ON TABLE billing.invoices IS 'One row per invoice; it''s immutable once sent';
COMMENT ON COLUMN billing.invoices.total IS E'In cents.\nNever negative.';
COMMENT ON INDEX billing.invoices_currency_idx IS 'Rapports par devise (é)';
COMMENT ON SEQUENCE billing.invoice_no_seq IS '請求書番号';
COMMENT ON TYPE billing.currency IS 'ISO 4217, lower case';
COMMENT ON CONSTRAINT invoices_total_check ON billing.invoices IS 'Credit notes are separate rows';
