-- AlterTable
ALTER TABLE "Integration" ADD COLUMN     "apiIdentifier" TEXT NOT NULL DEFAULT 'unknown';
