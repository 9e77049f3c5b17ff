-- AlterEnum
ALTER TYPE "TaskRunStatus" ADD VALUE 'CRASHED';
