-- AlterTable
ALTER TABLE "BulkActionGroup" ADD COLUMN IF NOT EXISTS "dedupeKey" TEXT;
