-- AlterTable
ALTER TABLE "ApiConnection" ADD COLUMN     "scopes" TEXT[];
