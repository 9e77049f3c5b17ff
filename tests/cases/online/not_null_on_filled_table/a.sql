-- Rule 4: columns made NOT NULL on a table that holds rows: a helper CHECK (col IS NOT NULL) NOT VALID, VALIDATE,
-- SET NOT NULL (no scan), drop the helper. One column also gets a default in the same change, one becomes part of
-- a new primary key.
CREATE TABLE accounts (
  id integer,
  email text,
  plan text,
  created_at timestamp with time zone
);
