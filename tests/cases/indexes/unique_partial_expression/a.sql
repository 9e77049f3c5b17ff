-- Unique, partial and expression indexes added on a table holding rows.
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, deleted_at timestamptz, org_id integer);
