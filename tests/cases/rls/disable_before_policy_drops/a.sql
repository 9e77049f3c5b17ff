-- The reverse: row-level security switched off and the policies dropped; DISABLE goes first, so that no role
-- sees the table with security on and its policies gone. The table's comment goes in the same plan (its own
-- step, which the policies' drops precede: the switch must not wait for it).
CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL, body text);
COMMENT ON TABLE documents IS 'owned documents';
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents FOR ALL TO app_user
  USING (owner_name = current_user) WITH CHECK (owner_name = current_user);
CREATE POLICY documents_read ON documents FOR SELECT TO readonly_user USING (true);
