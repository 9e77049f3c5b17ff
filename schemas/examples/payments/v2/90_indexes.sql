-- Indexes: uniques, single-column and composite lookups, partial indexes for hot subsets.

-- users
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE UNIQUE INDEX "users_stripeCustomerId_key" ON users ("stripeCustomerId");
CREATE INDEX users_role_idx ON users (role);
CREATE INDEX "users_isActive_idx" ON users ("isActive");
CREATE INDEX "users_createdAt_idx" ON users ("createdAt");
CREATE INDEX "users_lastLoginAt_idx" ON users ("lastLoginAt" DESC NULLS LAST);
CREATE INDEX "users_role_isActive_idx" ON users (role, "isActive");
CREATE INDEX "users_marketingOptIn_idx" ON users ("marketingOptIn") WHERE "marketingOptIn";
CREATE INDEX users_email_lower_idx ON users (lower((email)::text));

-- accounts, sessions, verification tokens
CREATE UNIQUE INDEX "accounts_provider_providerAccountId_key" ON accounts (provider, "providerAccountId");
CREATE INDEX "accounts_userId_idx" ON accounts ("userId");
CREATE INDEX accounts_provider_idx ON accounts (provider);
CREATE UNIQUE INDEX "sessions_sessionToken_key" ON sessions ("sessionToken");
CREATE INDEX "sessions_userId_idx" ON sessions ("userId");
CREATE INDEX sessions_expires_idx ON sessions (expires);
CREATE UNIQUE INDEX verification_tokens_token_key ON verification_tokens (token);
CREATE UNIQUE INDEX verification_tokens_identifier_token_key ON verification_tokens (identifier, token);
CREATE INDEX verification_tokens_expires_idx ON verification_tokens (expires);

-- products
CREATE UNIQUE INDEX products_slug_key ON products (slug);
CREATE UNIQUE INDEX "products_stripeProductId_key" ON products ("stripeProductId");
CREATE UNIQUE INDEX "products_stripePriceId_key" ON products ("stripePriceId");
CREATE INDEX products_type_idx ON products (type);
CREATE INDEX "products_isActive_idx" ON products ("isActive");
CREATE INDEX "products_isActive_type_idx" ON products ("isActive", type);
CREATE INDEX "products_type_isActive_createdAt_idx" ON products (type, "isActive", "createdAt" DESC);
CREATE INDEX products_name_idx ON products (name);
CREATE INDEX "products_taxCode_idx" ON products ("taxCode");
CREATE INDEX products_low_inventory_idx ON products ("inventoryCount") WHERE "inventoryCount" < 10 AND "isActive";

-- discount codes
CREATE UNIQUE INDEX discount_codes_code_key ON discount_codes (code);
CREATE INDEX "discount_codes_isActive_idx" ON discount_codes ("isActive");
CREATE INDEX "discount_codes_expiresAt_idx" ON discount_codes ("expiresAt");
CREATE INDEX "discount_codes_isActive_expiresAt_idx" ON discount_codes ("isActive", "expiresAt");
CREATE INDEX discount_codes_type_idx ON discount_codes (type);

-- orders (orders_userId_status_idx is in 30_orders.sql, before its table)
CREATE UNIQUE INDEX "orders_orderNumber_key" ON orders ("orderNumber");
CREATE UNIQUE INDEX "orders_stripePaymentIntentId_key" ON orders ("stripePaymentIntentId");
CREATE UNIQUE INDEX "orders_stripeSessionId_key" ON orders ("stripeSessionId");
CREATE INDEX "orders_userId_idx" ON orders ("userId");
CREATE INDEX orders_status_idx ON orders (status);
CREATE INDEX "orders_paymentStatus_idx" ON orders ("paymentStatus");
CREATE INDEX "orders_createdAt_idx" ON orders ("createdAt");
CREATE INDEX "orders_status_paymentStatus_idx" ON orders (status, "paymentStatus");
CREATE INDEX "orders_userId_createdAt_idx" ON orders ("userId", "createdAt" DESC);
CREATE INDEX "orders_discountCodeId_idx" ON orders ("discountCodeId");
CREATE INDEX "orders_guestEmail_idx" ON orders ("guestEmail") WHERE "userId" IS NULL;
CREATE INDEX orders_pending_payment_idx ON orders ("createdAt") WHERE "paymentStatus" = 'PENDING' OR "paymentStatus" = 'PROCESSING';

-- order items
CREATE INDEX "order_items_orderId_idx" ON order_items ("orderId");
CREATE INDEX "order_items_productId_idx" ON order_items ("productId");
CREATE UNIQUE INDEX "order_items_orderId_productId_key" ON order_items ("orderId", "productId");
CREATE INDEX "order_items_createdAt_idx" ON order_items ("createdAt");

-- subscriptions
CREATE UNIQUE INDEX "subscriptions_stripeSubscriptionId_key" ON subscriptions ("stripeSubscriptionId");
CREATE INDEX "subscriptions_userId_idx" ON subscriptions ("userId");
CREATE INDEX "subscriptions_productId_idx" ON subscriptions ("productId");
CREATE INDEX subscriptions_status_idx ON subscriptions (status);
CREATE INDEX "subscriptions_userId_status_idx" ON subscriptions ("userId", status);
CREATE INDEX "subscriptions_status_currentPeriodEnd_idx" ON subscriptions (status, "currentPeriodEnd");
CREATE INDEX "subscriptions_currentPeriodEnd_idx" ON subscriptions ("currentPeriodEnd");
CREATE INDEX "subscriptions_trialEnd_idx" ON subscriptions ("trialEnd") WHERE status = 'TRIALING';
CREATE INDEX "subscriptions_cancelAtPeriodEnd_idx" ON subscriptions ("currentPeriodEnd") WHERE "cancelAtPeriodEnd";

-- payment methods
CREATE UNIQUE INDEX "payment_methods_stripePaymentMethodId_key" ON payment_methods ("stripePaymentMethodId");
CREATE INDEX "payment_methods_userId_idx" ON payment_methods ("userId");
CREATE INDEX "payment_methods_userId_isDefault_idx" ON payment_methods ("userId", "isDefault");
CREATE UNIQUE INDEX payment_methods_one_default_key ON payment_methods ("userId") WHERE "isDefault";
CREATE INDEX payment_methods_type_idx ON payment_methods (type);
CREATE INDEX "payment_methods_userId_fingerprint_idx" ON payment_methods ("userId", fingerprint) WHERE fingerprint IS NOT NULL;

-- discount usages
CREATE UNIQUE INDEX "user_discount_codes_userId_discountCodeId_key" ON user_discount_codes ("userId", "discountCodeId");
CREATE INDEX "user_discount_codes_userId_idx" ON user_discount_codes ("userId");
CREATE INDEX "user_discount_codes_discountCodeId_idx" ON user_discount_codes ("discountCodeId");
CREATE INDEX "user_discount_codes_orderId_idx" ON user_discount_codes ("orderId");

-- audit logs
CREATE INDEX "audit_logs_tableName_recordId_timestamp_idx" ON audit_logs ("tableName", "recordId", "timestamp");
CREATE INDEX "audit_logs_userId_action_timestamp_idx" ON audit_logs ("userId", action, "timestamp");
CREATE INDEX audit_logs_timestamp_idx ON audit_logs ("timestamp" DESC);
CREATE INDEX audit_logs_action_idx ON audit_logs (action);
CREATE INDEX "audit_logs_tableName_idx" ON audit_logs ("tableName");
CREATE INDEX "audit_logs_recordId_idx" ON audit_logs ("recordId");
CREATE INDEX "audit_logs_sessionId_idx" ON audit_logs ("sessionId") WHERE "sessionId" IS NOT NULL;
