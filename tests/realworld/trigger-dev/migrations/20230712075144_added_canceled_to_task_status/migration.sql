-- AlterEnum
ALTER TYPE "TaskStatus" ADD VALUE 'CANCELED';
