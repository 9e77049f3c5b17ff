CREATE TABLE customers (
  id integer PRIMARY KEY,
  referred_by integer CONSTRAINT customers_referred_by_fkey REFERENCES customers (id)
);
CREATE TABLE orders (
  id integer PRIMARY KEY,
  customer_id integer NOT NULL CONSTRAINT orders_customer_fk REFERENCES customers (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
);
