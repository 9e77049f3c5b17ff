CREATE TABLE orders (
  id int NOT NULL,
  region text NOT NULL,
  at date,
  CONSTRAINT orders_pkey PRIMARY KEY (id, region),
  CONSTRAINT orders_id_positive CHECK (id > 0)
) PARTITION BY LIST (region);
CREATE INDEX orders_at_idx ON orders (at);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
-- plain tables that become partitions: one with the key the parent wants, one without
CREATE TABLE orders_asia (id int NOT NULL, region text NOT NULL, at date, legacy text, PRIMARY KEY (id, region));
CREATE TABLE orders_africa (id int NOT NULL, region text NOT NULL, at date);
