-- AlterTable
ALTER TABLE "TaskEvent" ADD COLUMN     "outputType" TEXT;
