-- AlterTable
ALTER TABLE "TaskRun" ADD COLUMN     "isTest" BOOLEAN NOT NULL DEFAULT false;
