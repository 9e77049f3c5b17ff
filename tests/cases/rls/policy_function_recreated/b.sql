CREATE TABLE documents (id integer PRIMARY KEY, owner_name text NOT NULL, team text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION can_read(who text, team_name text) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT who = current_user OR team_name = current_setting('app.team', true) $$;
CREATE POLICY documents_owner ON documents FOR SELECT USING (can_read(owner_name, team));
