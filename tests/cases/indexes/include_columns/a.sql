-- Covering indexes with INCLUDE; one changes its INCLUDE list (a recreate).
CREATE TABLE orders (id integer PRIMARY KEY, user_id integer, status text, total integer, created_at timestamptz);
CREATE INDEX orders_user_idx ON orders (user_id) INCLUDE (status);
