CREATE TABLE orders (id integer PRIMARY KEY, user_id integer, status text, total integer, created_at timestamptz);
CREATE INDEX orders_user_idx ON orders (user_id) INCLUDE (status, total);
CREATE UNIQUE INDEX orders_id_cover_key ON orders (id) INCLUDE (created_at);
