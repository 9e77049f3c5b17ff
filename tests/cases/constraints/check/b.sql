CREATE TABLE payments (
  id integer PRIMARY KEY,
  amount numeric(12, 2) NOT NULL CHECK (amount > 0),
  fee numeric(12, 2) NOT NULL DEFAULT 0 CHECK (fee >= 0),
  currency text NOT NULL CONSTRAINT currency_len CHECK (length(currency) = 3 AND currency = lower(currency)),
  refunded numeric(12, 2),
  CONSTRAINT refund_not_above_amount CHECK (refunded IS NULL OR refunded <= amount),
  CONSTRAINT positive_id CHECK (id > 0) NO INHERIT
);
