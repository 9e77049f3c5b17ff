-- A column retyped under a chain of three views: PostgreSQL refuses ALTER COLUMN TYPE while a view reads the
-- column, so the three views leave first (outermost first) and come back after, innermost first.
CREATE TABLE orders (
  id integer PRIMARY KEY,
  amount integer NOT NULL,
  note text
);
CREATE VIEW order_amounts AS SELECT id, amount FROM orders;
CREATE VIEW big_orders AS SELECT o.id, o.amount FROM order_amounts o WHERE o.amount > 100;
CREATE VIEW big_order_count AS SELECT count(*) AS n FROM big_orders;
COMMENT ON VIEW big_order_count IS 'how many big orders';
