CREATE TABLE orders (
  id int NOT NULL,
  region text NOT NULL,
  CONSTRAINT orders_id_positive CHECK (id > 0)
) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
-- a plain table that becomes a partition
CREATE TABLE orders_asia (id int NOT NULL, region text NOT NULL, legacy text);
