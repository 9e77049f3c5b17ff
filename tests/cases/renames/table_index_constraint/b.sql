CREATE TABLE clients ( -- schemaplan:renamed-from customers
  id integer NOT NULL,
  "Name" text NOT NULL,
  CONSTRAINT clients_pkey PRIMARY KEY (id), -- schemaplan:renamed-from customers_pkey
  -- schemaplan:renamed-from customers_name_check
  CONSTRAINT "Clients_name_check" CHECK ("Name" <> '')
);
CREATE TABLE orders (
  id integer PRIMARY KEY,
  customer_id integer REFERENCES clients (id),
  total integer
);
-- schemaplan:renamed-from orders_customer_idx
CREATE INDEX orders_client_idx ON orders (customer_id);
