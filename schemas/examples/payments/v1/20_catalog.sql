-- Product catalog and discount codes.
CREATE TABLE products (
  id text NOT NULL,
  name varchar(100) NOT NULL,
  slug varchar(120) NOT NULL,
  description text,
  type "ProductType" NOT NULL DEFAULT 'ONE_TIME',
  "priceCents" integer NOT NULL,
  currency varchar(3) NOT NULL DEFAULT 'usd',
  "billingInterval" "BillingInterval",
  "stripeProductId" text,
  "stripePriceId" text,
  "inventoryCount" integer,
  "isActive" boolean NOT NULL DEFAULT true,
  "metaTitle" varchar(70),
  "metaDescription" varchar(160),
  "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" timestamp(3) NOT NULL,
  CONSTRAINT products_pkey PRIMARY KEY (id),
  CONSTRAINT "products_priceCents_check" CHECK ("priceCents" >= 0),
  CONSTRAINT products_subscription_interval_check CHECK (type <> 'SUBSCRIPTION' OR "billingInterval" IS NOT NULL)
);
COMMENT ON COLUMN products."priceCents" IS 'Unit price in the smallest currency unit';

CREATE TABLE discount_codes (
  id text NOT NULL,
  code varchar(50) NOT NULL,
  type "DiscountType" NOT NULL,
  value integer NOT NULL,
  "minOrderCents" integer,
  "maxUses" integer,
  "usedCount" integer NOT NULL DEFAULT 0,
  "expiresAt" timestamp(3),
  "isActive" boolean NOT NULL DEFAULT true,
  "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT discount_codes_pkey PRIMARY KEY (id),
  CONSTRAINT discount_codes_value_check CHECK (value > 0),
  CONSTRAINT discount_codes_percentage_check CHECK (type <> 'PERCENTAGE' OR value <= 100),
  CONSTRAINT "discount_codes_usedCount_check" CHECK ("maxUses" IS NULL OR "usedCount" <= "maxUses")
);
