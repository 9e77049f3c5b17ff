-- AlterTable
ALTER TABLE "TaskRun" ADD COLUMN     "machinePreset" TEXT;
