CREATE TABLE payments (
  id integer PRIMARY KEY,
  amount numeric(12, 2) NOT NULL CONSTRAINT amount_positive CHECK (amount > 0),
  currency text NOT NULL,
  CONSTRAINT currency_len CHECK (length(currency) = 3),
  CONSTRAINT positive_id CHECK (id > 0) NO INHERIT
);
COMMENT ON CONSTRAINT currency_len ON payments IS 'ISO 4217 codes';
