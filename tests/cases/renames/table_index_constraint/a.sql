-- Rule 7: declared renames of a table (referenced by a foreign key), an index and a constraint: RENAME steps
-- first (every later step uses the new names), each with a breaks-running-code hazard; a hint quoted.
CREATE TABLE customers (
  id integer PRIMARY KEY,
  "Name" text NOT NULL CONSTRAINT customers_name_check CHECK ("Name" <> '')
);
CREATE TABLE orders (
  id integer PRIMARY KEY,
  customer_id integer REFERENCES customers (id),
  total integer
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
