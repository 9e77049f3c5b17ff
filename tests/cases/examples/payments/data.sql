-- Rows in the v1 payments database that must come through the v1 -> v2 plan (new NOT NULL columns get their
-- defaults, widened columns keep their values, the enum gains values around the ones in use).
INSERT INTO users (id, email, name, role, "stripeCustomerId", "legacyPasswordHash", "updatedAt") VALUES
  ('usr_1', 'ada@example.com', 'Ada', 'CUSTOMER', 'cus_A', NULL, '2025-01-01 00:00:00'),
  ('usr_2', 'grace@example.com', 'Grace', 'ADMIN', NULL, 'md5:0f00', '2025-01-02 00:00:00');
INSERT INTO products (id, name, slug, type, "priceCents", "billingInterval", "updatedAt") VALUES
  ('prd_1', 'T-shirt', 't-shirt', 'ONE_TIME', 2500, NULL, '2025-01-01 00:00:00'),
  ('prd_2', 'Pro plan', 'pro', 'SUBSCRIPTION', 1200, 'MONTH', '2025-01-01 00:00:00');
INSERT INTO discount_codes (id, code, type, value) VALUES ('dc_1', 'WELCOME10', 'PERCENTAGE', 10);
INSERT INTO orders (id, "userId", status, "paymentStatus", "subtotalCents", "discountCents", "totalCents", "discountCodeId", "updatedAt") VALUES
  ('ord_1', 'usr_1', 'COMPLETED', 'SUCCEEDED', 2500, 250, 2250, 'dc_1', '2025-01-03 00:00:00'),
  ('ord_2', 'usr_1', 'PENDING', 'PENDING', 5000, 0, 5000, NULL, '2025-01-04 00:00:00');
INSERT INTO orders (id, "guestEmail", "subtotalCents", "totalCents", "updatedAt") VALUES ('ord_3', 'guest@example.com', 1200, 1200, '2025-01-05 00:00:00');
INSERT INTO order_items (id, "orderId", "productId", quantity, "unitPriceCents", "totalCents") VALUES
  ('itm_1', 'ord_1', 'prd_1', 1, 2500, 2500),
  ('itm_2', 'ord_2', 'prd_1', 2, 2500, 5000);
INSERT INTO user_discount_codes (id, "userId", "discountCodeId", "orderId") VALUES ('udc_1', 'usr_1', 'dc_1', 'ord_1');
INSERT INTO subscriptions (id, "userId", "productId", status, "stripeSubscriptionId", "currentPeriodStart", "currentPeriodEnd", "updatedAt") VALUES
  ('sub_1', 'usr_1', 'prd_2', 'ACTIVE', 'sub_A', '2025-01-01 00:00:00', '2025-02-01 00:00:00', '2025-01-01 00:00:00');
INSERT INTO payment_methods (id, "userId", type, "stripePaymentMethodId", brand, last4, "expMonth", "expYear", "isDefault") VALUES
  ('pm_1', 'usr_1', 'CARD', 'pm_A', 'visa', '4242', 12, 2030, true);
INSERT INTO audit_logs ("tableName", "recordId", action, "newValues", "userId") VALUES
  ('orders', 'ord_1', 'INSERT', '{"status": "PENDING"}', 'usr_1'),
  ('orders', 'ord_1', 'UPDATE', '{"status": "COMPLETED"}', 'usr_2');
