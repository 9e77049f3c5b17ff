-- New in version 2: reporting. A view of what each completed order earned after refunds, and a materialized
-- daily summary over it (refreshed by a nightly job; the unique index lets it refresh CONCURRENTLY).
CREATE VIEW order_net_revenue AS
  SELECT o.id AS "orderId",
         o."createdAt",
         o.currency,
         o."totalCents",
         o."totalCents" - coalesce(r."refundedCents", 0) AS "netCents"
  FROM orders o
  LEFT JOIN (SELECT "orderId", sum("amountCents") AS "refundedCents"
             FROM refunds WHERE status = 'SUCCEEDED' GROUP BY "orderId") r ON r."orderId" = o.id
  WHERE o.status IN ('COMPLETED', 'PARTIALLY_REFUNDED', 'REFUNDED');
COMMENT ON VIEW order_net_revenue IS 'Completed orders with their refunds taken off';

CREATE MATERIALIZED VIEW daily_revenue AS
  SELECT date_trunc('day', "createdAt") AS day, currency, count(*) AS orders, sum("netCents") AS "netCents"
  FROM order_net_revenue
  GROUP BY 1, 2;
CREATE UNIQUE INDEX daily_revenue_day_currency_key ON daily_revenue (day, currency);
