-- New in version 2: refunds, one or more per order, issued by support staff or by the customer's bank.
CREATE TABLE refunds (
  id text NOT NULL,
  "orderId" text NOT NULL,
  "createdById" text,
  "stripeRefundId" text NOT NULL,
  "amountCents" integer NOT NULL,
  reason "RefundReason" NOT NULL DEFAULT 'REQUESTED_BY_CUSTOMER',
  status "PaymentStatus" NOT NULL DEFAULT 'PENDING',
  note text,
  "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT refunds_pkey PRIMARY KEY (id),
  CONSTRAINT "refunds_amountCents_check" CHECK ("amountCents" > 0),
  CONSTRAINT "refunds_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES orders (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "refunds_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE
);
COMMENT ON TABLE refunds IS 'Money returned to a customer, mirrored from Stripe';

CREATE UNIQUE INDEX "refunds_stripeRefundId_key" ON refunds ("stripeRefundId");
CREATE INDEX "refunds_orderId_idx" ON refunds ("orderId");
CREATE INDEX "refunds_createdById_idx" ON refunds ("createdById");
CREATE INDEX "refunds_status_createdAt_idx" ON refunds (status, "createdAt" DESC);
