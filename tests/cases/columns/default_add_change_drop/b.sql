CREATE TABLE settings (
  id integer PRIMARY KEY,
  theme text DEFAULT 'light',
  locale text DEFAULT 'en-GB',
  retries integer,
  updated_at timestamptz DEFAULT statement_timestamp(),
  note text DEFAULT NULL
);
