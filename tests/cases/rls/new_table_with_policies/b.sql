CREATE SCHEMA app;
CREATE TABLE app.messages (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  sender text NOT NULL,
  recipient text NOT NULL,
  body text
);
ALTER TABLE app.messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.messages FORCE ROW LEVEL SECURITY;
CREATE POLICY sender_or_recipient ON app.messages FOR SELECT TO app_user
  USING (sender = current_user OR recipient = current_user);
CREATE POLICY send_as_self ON app.messages FOR INSERT TO app_user WITH CHECK (sender = current_user);
CREATE POLICY no_deletes ON app.messages AS RESTRICTIVE FOR DELETE TO PUBLIC USING (false);
COMMENT ON POLICY no_deletes ON app.messages IS 'messages are never deleted';
