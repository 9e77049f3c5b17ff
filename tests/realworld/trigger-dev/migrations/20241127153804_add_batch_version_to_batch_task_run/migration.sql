-- AlterTable
ALTER TABLE "BatchTaskRun" ADD COLUMN     "batchVersion" TEXT NOT NULL DEFAULT 'v1';
