CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES public.customers (id),
  total_cents bigint NOT NULL DEFAULT 0
);
CREATE INDEX invoices_customer_id_idx ON billing.invoices (customer_id);
