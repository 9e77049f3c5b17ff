-- users_public gains a column at the end: CREATE OR REPLACE VIEW (its rollback cannot drop the column in
-- place, so the view reading it is rebuilt around it). user_names loses its middle column and renames one:
-- PostgreSQL only appends columns, so it is dropped and created.
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, name text, created_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW users_public AS SELECT id, name FROM users;
CREATE VIEW named_users AS SELECT id FROM users_public WHERE name IS NOT NULL;
CREATE VIEW user_names (user_id, email, display) AS SELECT id, email, coalesce(name, email) FROM users;
