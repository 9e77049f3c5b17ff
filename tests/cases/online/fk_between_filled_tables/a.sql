-- Rule 3: foreign keys added between tables that already hold rows (one of them self-referencing, one with
-- actions and DEFERRABLE): ADD ... NOT VALID, then VALIDATE in its own step.
CREATE TABLE customers (
  id integer PRIMARY KEY,
  referred_by integer
);
CREATE TABLE orders (
  id integer PRIMARY KEY,
  customer_id integer NOT NULL
);
