-- Audit trail written by the application (the database triggers come with a later schemaplan issue).
CREATE TABLE audit_logs (
  id bigserial NOT NULL,
  "tableName" text NOT NULL,
  "recordId" text NOT NULL,
  action "AuditAction" NOT NULL,
  "oldValues" jsonb,
  "newValues" jsonb,
  "userId" text,
  "ipAddress" inet,
  "userAgent" text,
  "sessionId" text,
  "timestamp" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT audit_logs_pkey PRIMARY KEY (id)
);
COMMENT ON TABLE audit_logs IS 'Append-only; rows are never updated';
