-- An index changes its columns, one becomes unique, one is dropped, one stays (untouched).
CREATE TABLE accounts (id integer PRIMARY KEY, email text, org_id integer, created_at timestamptz);
CREATE INDEX accounts_org_idx ON accounts (org_id);
CREATE INDEX accounts_email_idx ON accounts (email);
CREATE INDEX accounts_created_idx ON accounts (created_at);
CREATE INDEX accounts_keep_idx ON accounts (org_id, created_at);
