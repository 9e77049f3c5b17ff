-- AlterTable
ALTER TABLE "RuntimeEnvironment" ADD COLUMN     "builtInEnvironmentVariableOverrides" JSONB;