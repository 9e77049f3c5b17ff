CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL, body text);
COMMENT ON TABLE documents IS 'owned documents';
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_owner ON documents FOR ALL TO app_user
  USING (owner_name = current_user) WITH CHECK (owner_name = current_user);
CREATE POLICY documents_read ON documents FOR SELECT TO readonly_user USING (true);
CREATE TABLE notes (id bigint PRIMARY KEY, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_all ON notes TO app_user USING (true);
