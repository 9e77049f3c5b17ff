CREATE TABLE events (
  id integer PRIMARY KEY,
  kind text NOT NULL,
  at timestamp with time zone NOT NULL
);
CREATE INDEX events_kind_at_idx ON events (kind, at DESC);
CREATE UNIQUE INDEX events_kind_id_key ON events (kind, id);
