-- An append-only table: deletes and updates do nothing.
CREATE TABLE public.audit_log (id integer PRIMARY KEY, what text NOT NULL);
CREATE RULE audit_log_no_delete AS ON DELETE TO audit_log DO INSTEAD NOTHING;
CREATE RULE audit_log_no_update AS ON UPDATE TO public.audit_log DO INSTEAD NOTHING;
COMMENT ON RULE audit_log_no_delete ON audit_log IS 'rows are kept forever';
