CREATE SCHEMA app;
CREATE COLLATION app.ci (provider = icu, locale = 'und');
COMMENT ON COLLATION app.ci IS 'root locale';
ALTER COLLATION app.ci OWNER TO admin_role;
CREATE DOMAIN app.nick_t AS text COLLATE app.ci CHECK (VALUE <> '');
CREATE TABLE app.users (
  id integer PRIMARY KEY,
  email text COLLATE app.ci NOT NULL DEFAULT 'nobody' UNIQUE,
  nick app.nick_t,
  note text,
  tags text[] COLLATE app.ci
);
CREATE INDEX users_note ON app.users (note COLLATE app.ci);
CREATE INDEX users_lower_email ON app.users (lower(email));
CREATE VIEW app.user_emails AS SELECT id, email, nick FROM app.users;
CREATE VIEW app.sorted_notes AS SELECT id, note COLLATE app.ci AS note FROM app.users;
