-- AlterTable
ALTER TABLE "TaskEvent" ADD COLUMN     "runIsTest" BOOLEAN NOT NULL DEFAULT false;
