CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, name text, created_at timestamptz NOT NULL DEFAULT now());
CREATE VIEW users_public AS SELECT id, name, created_at FROM users;
CREATE VIEW named_users AS SELECT id FROM users_public WHERE name IS NOT NULL;
CREATE VIEW user_names AS SELECT id AS user_id, coalesce(name, email) AS display_name FROM users;
