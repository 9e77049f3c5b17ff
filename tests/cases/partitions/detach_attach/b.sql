CREATE TABLE orders (
  id int NOT NULL,
  region text NOT NULL,
  at date,
  CONSTRAINT orders_pkey PRIMARY KEY (id, region),
  CONSTRAINT orders_id_positive CHECK (id > 0)
) PARTITION BY LIST (region);
CREATE INDEX orders_at_idx ON orders (at);
-- orders_eu leaves (its rows and its key stay; its copy of orders_at_idx goes), orders_us takes one more
-- value, orders_asia and orders_africa join
CREATE TABLE orders_eu (id int NOT NULL, region text NOT NULL, at date, PRIMARY KEY (id, region));
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us', 'ca');
CREATE TABLE orders_asia PARTITION OF orders FOR VALUES IN ('asia');
CREATE TABLE orders_africa PARTITION OF orders FOR VALUES IN ('africa');
