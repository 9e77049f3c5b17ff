-- roundtrip: any order
CREATE POLICY documents_owner ON documents FOR SELECT USING (can_read(owner_name, team));
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE TABLE documents (id integer PRIMARY KEY, owner_name text NOT NULL, team text);
CREATE FUNCTION can_read(owner_name text, team text) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT owner_name = current_user OR team = current_setting('app.team', true) $$;
