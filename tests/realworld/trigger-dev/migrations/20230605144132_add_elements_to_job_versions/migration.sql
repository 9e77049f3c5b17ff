-- AlterTable
ALTER TABLE "JobVersion" ADD COLUMN     "elements" JSONB;
