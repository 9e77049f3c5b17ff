-- roundtrip: any order
-- Written in reverse dependency order: comments and indexes before their views, views before the views and
-- tables they read.
COMMENT ON VIEW top_products IS 'best sellers';
CREATE UNIQUE INDEX product_sales_id ON product_sales (product_id);
CREATE VIEW top_products AS SELECT product_id, sold FROM product_sales WHERE sold > 10;
CREATE MATERIALIZED VIEW product_sales AS
  SELECT p.id AS product_id, coalesce(sum(l.quantity), 0) AS sold
  FROM active_products p LEFT JOIN order_lines l ON l.product_id = p.id
  GROUP BY p.id;
CREATE VIEW active_products AS SELECT id, name FROM products WHERE NOT discontinued;
CREATE TABLE order_lines (id bigint PRIMARY KEY, product_id integer NOT NULL REFERENCES products, quantity integer NOT NULL);
CREATE TABLE products (id integer PRIMARY KEY, name text NOT NULL, discontinued boolean NOT NULL DEFAULT false);
