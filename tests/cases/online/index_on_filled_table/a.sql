-- Rule 1: indexes built and dropped CONCURRENTLY on a table that holds rows; a unique one too.
CREATE TABLE events (
  id integer PRIMARY KEY,
  kind text NOT NULL,
  at timestamp with time zone NOT NULL
);
CREATE INDEX events_at_idx ON events (at);
