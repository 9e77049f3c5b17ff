-- Creating a whole schema from an empty database: schema, extension, enum, sequence, tables, keys, indexes, comments.
CREATE SCHEMA app;
CREATE EXTENSION citext;
CREATE TYPE app.plan AS ENUM ('free', 'pro', 'enterprise');
CREATE SEQUENCE app.invoice_number_seq START 1000;
CREATE TABLE app.accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email citext NOT NULL UNIQUE,
  plan app.plan NOT NULL DEFAULT 'free',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE app.invoices (
  number bigint PRIMARY KEY DEFAULT nextval('app.invoice_number_seq'),
  account_id bigint NOT NULL REFERENCES app.accounts (id) ON DELETE RESTRICT,
  amount numeric(12, 2) NOT NULL CHECK (amount >= 0)
);
ALTER SEQUENCE app.invoice_number_seq OWNED BY app.invoices.number;
CREATE INDEX invoices_account_id_idx ON app.invoices (account_id);
COMMENT ON TABLE app.accounts IS 'Customer accounts';
