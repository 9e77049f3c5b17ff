CREATE TABLE documents (
  id bigint PRIMARY KEY,
  owner_name text NOT NULL,
  tenant_id integer NOT NULL,
  archived boolean NOT NULL DEFAULT false,
  legacy_flag boolean
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_reads ON documents FOR SELECT TO app_user USING (owner_name = current_user);
CREATE POLICY tenant_writes ON documents FOR INSERT TO app_user WITH CHECK (tenant_id = 1);
CREATE POLICY legacy ON documents USING (legacy_flag IS NOT TRUE);
CREATE POLICY readonly_all ON documents FOR SELECT TO readonly_user USING (true);
COMMENT ON POLICY readonly_all ON documents IS 'reporting access';

-- schemaplan-fuzz: to
-- owner_reads: roles and USING changed in place; tenant_writes: WITH CHECK changed in place;
-- legacy: dropped with the column it uses; readonly_all: roles and comment changed; archived_hidden: added.
CREATE TABLE documents (
  id bigint PRIMARY KEY,
  owner_name text NOT NULL,
  tenant_id integer NOT NULL,
  archived boolean NOT NULL DEFAULT false
);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY owner_reads ON documents FOR SELECT TO app_user, readonly_user
  USING (owner_name = current_user AND NOT archived);
CREATE POLICY tenant_writes ON documents FOR INSERT TO app_user WITH CHECK (tenant_id = 2 AND owner_name = current_user);
CREATE POLICY readonly_all ON documents FOR SELECT TO readonly_user, admin_role USING (true);
COMMENT ON POLICY readonly_all ON documents IS 'reporting and admin access';
CREATE POLICY archived_hidden ON documents AS RESTRICTIVE FOR SELECT USING (NOT archived);
