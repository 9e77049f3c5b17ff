CREATE TABLE payments (
  id integer PRIMARY KEY,
  amount numeric(12, 2) NOT NULL CHECK (amount > 0),
  fee numeric(12, 2) NOT NULL DEFAULT 0 CHECK (fee >= 0),
  currency text NOT NULL CONSTRAINT currency_len CHECK (length(currency) = 3 AND currency = lower(currency)),
  refunded numeric(12, 2),
  CONSTRAINT refund_not_above_amount CHECK (refunded IS NULL OR refunded <= amount),
  CONSTRAINT positive_id CHECK (id > 0) NO INHERIT
);
-- pg_dump's spelling of IN on varchar: the literal casts under the array's cast are conversions PostgreSQL keeps
CREATE TABLE orders (
  id integer PRIMARY KEY,
  status character varying(16),
  CONSTRAINT orders_status_check CHECK (((status)::text = ANY ((ARRAY['active'::character varying, 'pending'::character varying])::text[])))
);
CREATE UNIQUE INDEX orders_active_id ON orders (id) WHERE ((status)::text = ANY (ARRAY['active'::character varying::text, 'pending'::character varying::text]));
