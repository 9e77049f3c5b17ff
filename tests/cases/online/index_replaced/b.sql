CREATE TABLE events (
  id integer PRIMARY KEY,
  kind text NOT NULL,
  at timestamp with time zone NOT NULL
);
CREATE INDEX events_kind_idx ON events (kind, at DESC) WHERE kind <> 'debug';
COMMENT ON INDEX events_kind_idx IS 'by kind, newest first';
