-- roundtrip: any order
-- Orders, their line items and discount usages. Written the way people write it, not the way PostgreSQL
-- needs it: order_items (and its index) come before the orders table they refer to; schemaplan orders the
-- statements itself. (The round-trip oracle's loader runs such files statement by statement, see
-- tests/oracle/load.sh.)
CREATE TABLE order_items (
  id text NOT NULL,
  "orderId" text NOT NULL,
  "productId" text NOT NULL,
  quantity integer NOT NULL DEFAULT 1,
  "unitPriceCents" integer NOT NULL,
  "totalCents" integer NOT NULL,
  "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT order_items_pkey PRIMARY KEY (id),
  CONSTRAINT order_items_quantity_check CHECK (quantity > 0),
  CONSTRAINT "order_items_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES orders (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "order_items_productId_fkey" FOREIGN KEY ("productId") REFERENCES products (id) ON DELETE RESTRICT ON UPDATE CASCADE
);

CREATE INDEX "orders_userId_status_idx" ON orders ("userId", status);

CREATE TABLE orders (
  id text NOT NULL,
  "orderNumber" serial NOT NULL,
  "userId" text,
  "guestEmail" varchar(255),
  status "OrderStatus" NOT NULL DEFAULT 'PENDING',
  "paymentStatus" "PaymentStatus" NOT NULL DEFAULT 'PENDING',
  "subtotalCents" integer NOT NULL,
  "discountCents" integer NOT NULL DEFAULT 0,
  "taxCents" integer NOT NULL DEFAULT 0,
  "totalCents" integer NOT NULL,
  currency varchar(3) NOT NULL DEFAULT 'usd',
  "stripePaymentIntentId" text,
  "stripeSessionId" text,
  "discountCodeId" text,
  "shippingAddress" jsonb,
  "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" timestamp(3) NOT NULL,
  CONSTRAINT orders_pkey PRIMARY KEY (id),
  CONSTRAINT orders_customer_check CHECK ("userId" IS NOT NULL OR "guestEmail" IS NOT NULL),
  CONSTRAINT "orders_totalCents_check" CHECK ("totalCents" >= 0),
  CONSTRAINT "orders_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE SET NULL ON UPDATE CASCADE,
  CONSTRAINT "orders_discountCodeId_fkey" FOREIGN KEY ("discountCodeId") REFERENCES discount_codes (id) ON DELETE SET NULL ON UPDATE CASCADE
);
COMMENT ON TABLE orders IS 'Checkout orders, registered users and guests';
COMMENT ON COLUMN orders."totalCents" IS 'subtotal - discount + tax';

CREATE TABLE user_discount_codes (
  id text NOT NULL,
  "userId" text NOT NULL,
  "discountCodeId" text NOT NULL,
  "orderId" text,
  "usedAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT user_discount_codes_pkey PRIMARY KEY (id),
  CONSTRAINT "user_discount_codes_userId_fkey" FOREIGN KEY ("userId") REFERENCES users (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "user_discount_codes_discountCodeId_fkey" FOREIGN KEY ("discountCodeId") REFERENCES discount_codes (id) ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "user_discount_codes_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES orders (id) ON DELETE SET NULL ON UPDATE CASCADE
);
