-- AlterTable
ALTER TABLE "TaskRun" ADD COLUMN IF NOT EXISTS "region" TEXT;
