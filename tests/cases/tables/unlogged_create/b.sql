CREATE TABLE products (id bigint PRIMARY KEY);
CREATE UNLOGGED TABLE product_cache (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  product_id bigint NOT NULL,
  payload jsonb NOT NULL
);
CREATE INDEX product_cache_product_id_idx ON product_cache (product_id);
