-- Comments on objects created in the same plan, an empty comment (the same as none) and one set to NULL.
CREATE TABLE "Audit Log" (id bigint PRIMARY KEY, "tableName" text NOT NULL);
COMMENT ON TABLE "Audit Log" IS 'Who changed what';
COMMENT ON COLUMN "Audit Log"."tableName" IS 'Schema-qualified';
COMMENT ON COLUMN "Audit Log".id IS '';
COMMENT ON CONSTRAINT "Audit Log_pkey" ON "Audit Log" IS NULL;
