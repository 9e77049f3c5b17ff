CREATE TABLE parents (
  id bigserial PRIMARY KEY,
  name text NOT NULL
);
COMMENT ON COLUMN parents.id IS 'the key';
CREATE TABLE orders (
  id integer PRIMARY KEY,
  parent_id bigint NOT NULL REFERENCES parents (id),
  note text
);
CREATE INDEX orders_parent_id_idx ON orders (parent_id);
CREATE TABLE notes (
  id integer PRIMARY KEY,
  parent_id bigint REFERENCES parents (id) ON DELETE CASCADE,
  body text
);
