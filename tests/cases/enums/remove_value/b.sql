CREATE TYPE payment_status AS ENUM ('pending', 'processing', 'succeeded', 'failed');
CREATE TABLE payments (id integer PRIMARY KEY, status payment_status NOT NULL DEFAULT 'pending', previous payment_status[]);
CREATE INDEX payments_status_idx ON payments (status);
