-- The same schema as b.sql, written by a person; b.sql is pg_dump's spelling of it. Nothing may be planned.
CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped', 'cancelled');
CREATE TABLE orders (
  id integer PRIMARY KEY,
  status order_status NOT NULL DEFAULT 'new',
  qty integer NOT NULL CHECK (qty BETWEEN 1 AND 100),
  discount integer CHECK (discount NOT BETWEEN 50 AND 60),
  code integer CHECK (code IN (1, 2, 3)),
  region text CHECK (region NOT IN ('xx', 'yy')),
  CONSTRAINT orders_open_check CHECK (status <> 'cancelled' OR qty > 0)
);
CREATE INDEX orders_pending_idx ON orders (id) WHERE status IN ('new', 'paid');
