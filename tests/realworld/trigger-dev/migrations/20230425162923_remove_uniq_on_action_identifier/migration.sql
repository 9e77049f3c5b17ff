-- DropIndex
DROP INDEX "JobEventRule_actionIdentifier_key";
