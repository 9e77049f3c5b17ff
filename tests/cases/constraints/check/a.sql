-- CHECK constraints: added (column and table level), changed, dropped, NO INHERIT; PostgreSQL rewrites
-- (x > 0) on numeric as ((x > (0)::numeric)), which must not show as a change.
CREATE TABLE payments (
  id integer PRIMARY KEY,
  amount numeric(12, 2) NOT NULL CHECK (amount > 0),
  fee numeric(12, 2) NOT NULL DEFAULT 0,
  currency text NOT NULL CONSTRAINT currency_len CHECK (length(currency) = 3),
  refunded numeric(12, 2),
  CONSTRAINT legacy_check CHECK (fee < 1000)
);
