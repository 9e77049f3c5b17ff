-- AlterTable
ALTER TABLE "public"."TaskQueue" ADD COLUMN     "concurrencyLimitOverriddenAt" TIMESTAMP(3);

