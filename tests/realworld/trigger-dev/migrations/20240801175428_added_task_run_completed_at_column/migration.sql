-- AlterTable
ALTER TABLE "TaskRun" ADD COLUMN     "completedAt" TIMESTAMP(3);
