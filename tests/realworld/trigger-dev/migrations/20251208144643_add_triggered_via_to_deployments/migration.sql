ALTER TABLE "public"."WorkerDeployment" ADD COLUMN     "triggeredVia" TEXT;
