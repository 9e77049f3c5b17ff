-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "completion_start_time" TIMESTAMP(3);
