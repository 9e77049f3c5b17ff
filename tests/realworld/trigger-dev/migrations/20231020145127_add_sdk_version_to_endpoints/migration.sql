-- AlterTable
ALTER TABLE "Endpoint" ADD COLUMN     "sdkVersion" TEXT NOT NULL DEFAULT 'unknown';
