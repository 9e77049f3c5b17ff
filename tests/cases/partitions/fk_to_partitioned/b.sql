-- a foreign key referencing a partitioned table (PostgreSQL checks it against every partition)
CREATE TABLE orders (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_2025 PARTITION OF orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE items (id int PRIMARY KEY, order_id bigint, order_at date,
  CONSTRAINT items_order_fkey FOREIGN KEY (order_id, order_at) REFERENCES orders (id, at) ON DELETE CASCADE);
CREATE TABLE notes (id int PRIMARY KEY, order_id bigint, order_at date, FOREIGN KEY (order_id, order_at) REFERENCES orders (id, at));
