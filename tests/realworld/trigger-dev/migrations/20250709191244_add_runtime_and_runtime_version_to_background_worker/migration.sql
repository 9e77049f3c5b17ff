-- AlterTable
ALTER TABLE "BackgroundWorker" ADD COLUMN     "runtime" TEXT,
ADD COLUMN     "runtimeVersion" TEXT;