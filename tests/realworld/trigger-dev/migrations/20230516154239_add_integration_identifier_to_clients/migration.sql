-- AlterTable
ALTER TABLE "ApiConnectionClient" ADD COLUMN     "integrationIdentifier" TEXT NOT NULL DEFAULT 'generic';
