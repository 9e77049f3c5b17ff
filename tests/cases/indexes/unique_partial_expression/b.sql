CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL, deleted_at timestamptz, org_id integer);
CREATE UNIQUE INDEX users_email_lower_key ON users (lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX users_org_active_idx ON users (org_id) WHERE deleted_at IS NULL AND org_id IS NOT NULL;
CREATE INDEX users_domain_idx ON users ((split_part(email, '@', 2)));
CREATE UNIQUE INDEX users_org_email_key ON users (org_id, email) NULLS NOT DISTINCT;
