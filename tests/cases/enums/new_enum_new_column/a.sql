-- A new enum type used by a new column (NOT NULL with a default) on a table holding rows.
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
