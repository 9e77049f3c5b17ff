-- A policy calling a function whose argument names change: the function is dropped and created again, and the
-- policy goes before it and comes back after (offline the call names no argument types; every overload counts).
CREATE TABLE documents (id integer PRIMARY KEY, owner_name text NOT NULL, team text);
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION can_read(owner_name text, team text) RETURNS boolean
  LANGUAGE sql STABLE
  AS $$ SELECT owner_name = current_user OR team = current_setting('app.team', true) $$;
CREATE POLICY documents_owner ON documents FOR SELECT USING (can_read(owner_name, team));
