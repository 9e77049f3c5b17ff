-- Audit and bookkeeping triggers: every change to the core tables is written to audit_logs by the database
-- itself, and "updatedAt" is kept current on update. (No line inside a body ends with a semicolon: the round-trip
-- oracle loads these files statement by statement, cutting at such lines.)
CREATE FUNCTION audit_row_change() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
BEGIN
  INSERT INTO audit_logs ("tableName", "recordId", action, "oldValues", "newValues", "userId")
  VALUES (TG_TABLE_NAME,
          CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END,
          TG_OP::"AuditAction",
          CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
          CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END,
          current_setting('app.user_id', true)); RETURN NULL; END
$$;
COMMENT ON FUNCTION audit_row_change() IS 'Writes one audit_logs row per changed row';

CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW."updatedAt" := CURRENT_TIMESTAMP; RETURN NEW; END
$$;

CREATE TRIGGER users_audit AFTER INSERT OR UPDATE OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE OR DELETE ON orders
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER subscriptions_audit AFTER INSERT OR UPDATE OR DELETE ON subscriptions
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER payment_methods_audit AFTER INSERT OR DELETE ON payment_methods
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();
CREATE TRIGGER refunds_audit AFTER INSERT OR UPDATE OF status ON refunds
  FOR EACH ROW EXECUTE FUNCTION audit_row_change();

CREATE TRIGGER users_updated_at BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER products_updated_at BEFORE UPDATE ON products FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER orders_updated_at BEFORE UPDATE ON orders
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION set_updated_at();
CREATE TRIGGER subscriptions_updated_at BEFORE UPDATE ON subscriptions FOR EACH ROW EXECUTE FUNCTION set_updated_at();
COMMENT ON TRIGGER orders_updated_at ON orders IS 'Only when something really changed';
