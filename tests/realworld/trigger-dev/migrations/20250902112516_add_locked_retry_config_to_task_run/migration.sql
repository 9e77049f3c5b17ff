-- AlterTable
ALTER TABLE "public"."TaskRun" ADD COLUMN     "lockedRetryConfig" JSONB;
