CREATE TABLE events (
  id bigint PRIMARY KEY,
  kind text NOT NULL,
  at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX events_recent_idx ON events (id) WHERE kind <> 'noise';
CREATE INDEX events_kind_id_idx ON events (kind, id);
