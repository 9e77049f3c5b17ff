-- AlterTable
ALTER TABLE "organizations" ADD COLUMN     "ai_features_enabled" BOOLEAN NOT NULL DEFAULT false;
