-- Rule 1: a changed index on a table with rows is replaced without a gap: the new definition is built
-- CONCURRENTLY under a temporary name, the old index dropped CONCURRENTLY, the new one renamed.
CREATE TABLE events (
  id integer PRIMARY KEY,
  kind text NOT NULL,
  at timestamp with time zone NOT NULL
);
CREATE INDEX events_kind_idx ON events (kind);
COMMENT ON INDEX events_kind_idx IS 'by kind';
