-- AlterTable
ALTER TABLE "WorkflowRunStep" ADD COLUMN     "displayProperties" JSONB;
