-- Row-level security: customers see only their own payment methods and subscriptions; support staff read
-- everything; the reporting role reads orders but never card fingerprints.
ALTER TABLE payment_methods ENABLE ROW LEVEL SECURITY;
ALTER TABLE subscriptions ENABLE ROW LEVEL SECURITY;

CREATE POLICY payment_methods_owner ON payment_methods FOR ALL TO app_user
  USING ("userId" = current_setting('app.user_id', true))
  WITH CHECK ("userId" = current_setting('app.user_id', true));
CREATE POLICY payment_methods_support ON payment_methods FOR SELECT TO readonly_user USING (true);
COMMENT ON POLICY payment_methods_owner ON payment_methods IS 'app.user_id is set per request by the API';

CREATE POLICY subscriptions_owner ON subscriptions FOR SELECT TO app_user
  USING ("userId" = current_setting('app.user_id', true));
CREATE POLICY subscriptions_not_canceled ON subscriptions AS RESTRICTIVE FOR UPDATE TO app_user
  USING ("canceledAt" IS NULL);

GRANT SELECT, INSERT, UPDATE, DELETE ON payment_methods, subscriptions TO app_user;
GRANT SELECT ON orders, order_items, refunds TO readonly_user;
GRANT SELECT (id, "userId", type, "createdAt") ON payment_methods TO readonly_user;
