-- AlterTable
ALTER TABLE "APIConnection" ADD COLUMN     "authenticationConfig" JSONB;
