-- AlterEnum
ALTER TYPE "IntegrationAuthSource" ADD VALUE 'RESOLVER';
