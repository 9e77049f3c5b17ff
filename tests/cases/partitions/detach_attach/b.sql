CREATE TABLE orders (
  id int NOT NULL,
  region text NOT NULL,
  CONSTRAINT orders_id_positive CHECK (id > 0)
) PARTITION BY LIST (region);
-- orders_eu leaves (its rows stay), orders_us takes one more value, orders_asia joins
CREATE TABLE orders_eu (id int NOT NULL, region text NOT NULL);
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us', 'ca');
CREATE TABLE orders_asia PARTITION OF orders FOR VALUES IN ('asia');
