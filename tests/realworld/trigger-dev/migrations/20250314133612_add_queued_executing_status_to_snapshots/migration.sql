-- AlterEnum
ALTER TYPE "TaskRunExecutionStatus"
ADD
  VALUE 'QUEUED_EXECUTING';