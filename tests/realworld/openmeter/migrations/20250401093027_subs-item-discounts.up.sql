-- modify "subscription_items" table
ALTER TABLE "subscription_items" ADD COLUMN "discounts" jsonb NULL;
