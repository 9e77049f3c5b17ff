CREATE TABLE "Order" (
  id text PRIMARY KEY,
  "userId" text NOT NULL,
  "currency" varchar(3) NOT NULL DEFAULT 'usd',
  "taxCents" integer NOT NULL DEFAULT 0,
  "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "isGift" boolean NOT NULL DEFAULT false
);
