-- A value removed from an enum in use: a type swap (rename old, create new, alter columns USING, drop old);
-- the column's default and an index on it must come through; no row holds the removed value.
CREATE TYPE payment_status AS ENUM ('pending', 'processing', 'succeeded', 'failed', 'legacy');
CREATE TABLE payments (id integer PRIMARY KEY, status payment_status NOT NULL DEFAULT 'pending', previous payment_status[]);
CREATE INDEX payments_status_idx ON payments (status);
