-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "created_at" INTEGER;
