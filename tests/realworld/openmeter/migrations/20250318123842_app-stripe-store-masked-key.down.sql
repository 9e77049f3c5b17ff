-- reverse: modify "app_stripes" table
ALTER TABLE "app_stripes" DROP COLUMN "masked_api_key";
