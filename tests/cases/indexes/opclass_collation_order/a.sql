-- Operator class, collation, DESC and NULLS FIRST/LAST on index columns; one index changes its order.
CREATE TABLE products (id integer PRIMARY KEY, slug text NOT NULL, name text, price integer, created_at timestamptz);
CREATE INDEX products_price_idx ON products (price);
