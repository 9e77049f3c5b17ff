-- AlterTable
ALTER TABLE "TaskSchedule" ADD COLUMN     "timezone" TEXT NOT NULL DEFAULT 'UTC';
