-- AlterTable
ALTER TABLE "WorkflowRun" ADD COLUMN     "context" JSONB;
