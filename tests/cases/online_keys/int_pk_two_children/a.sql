-- Rule 6 for keys: an integer primary key (serial) running out of values, with two child tables' foreign keys
-- (one ON DELETE CASCADE, one indexed) pointing at it; all three columns become bigint beside the old ones.
CREATE TABLE parents (
  id serial PRIMARY KEY,
  name text NOT NULL
);
COMMENT ON COLUMN parents.id IS 'the key';
CREATE TABLE orders (
  id integer PRIMARY KEY,
  parent_id integer NOT NULL REFERENCES parents (id),
  note text
);
CREATE INDEX orders_parent_id_idx ON orders (parent_id);
CREATE TABLE notes (
  id integer PRIMARY KEY,
  parent_id integer REFERENCES parents (id) ON DELETE CASCADE,
  body text
);
