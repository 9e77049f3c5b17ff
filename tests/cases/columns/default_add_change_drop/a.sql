-- DEFAULTs added, changed and dropped; DEFAULT NULL in b.sql is the same as no default.
CREATE TABLE settings (
  id integer PRIMARY KEY,
  theme text,
  locale text DEFAULT 'en',
  retries integer DEFAULT 3,
  updated_at timestamptz DEFAULT now(),
  note text
);
