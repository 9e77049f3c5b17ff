-- AlterTable
ALTER TABLE "TaskRun" ADD COLUMN     "error" JSONB;
