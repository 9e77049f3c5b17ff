-- Subscriptions and saved payment methods (Stripe objects mirrored locally).
CREATE TABLE subscriptions (
  id text NOT NULL,
  "userId" text NOT NULL,
  "productId" text NOT NULL,
  status "SubscriptionStatus" NOT NULL,
  "billingInterval" "BillingInterval" NOT NULL DEFAULT 'MONTH',
  "stripeSubscriptionId" text NOT NULL,
  "currentPeriodStart" timestamp(3) NOT NULL,
  "currentPeriodEnd" timestamp(3) NOT NULL,
  "cancelAtPeriodEnd" boolean NOT NULL DEFAULT false,
  "canceledAt" timestamp(3),
  "trialEnd" timestamp(3),
  "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" timestamp(3) NOT NULL,
  CONSTRAINT subscriptions_pkey PRIMARY KEY (id),
  CONSTRAINT subscriptions_period_check CHECK ("currentPeriodEnd" > "currentPeriodStart"),
  CONSTRAINT "subscriptions_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "subscriptions_productId_fkey" FOREIGN KEY ("productId") REFERENCES products (id) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE TABLE payment_methods (
  id text NOT NULL,
  "userId" text NOT NULL,
  type "PaymentMethodType" NOT NULL,
  "stripePaymentMethodId" text NOT NULL,
  brand varchar(20),
  last4 char(4),
  "expMonth" smallint,
  "expYear" smallint,
  "isDefault" boolean NOT NULL DEFAULT false,
  "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT payment_methods_pkey PRIMARY KEY (id),
  CONSTRAINT "payment_methods_expMonth_check" CHECK ("expMonth" BETWEEN 1 AND 12),
  CONSTRAINT "payment_methods_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE
);
COMMENT ON COLUMN payment_methods.last4 IS 'Display only; the card number never reaches us';
