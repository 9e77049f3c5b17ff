-- Rule 6 for keys: an integer primary key becomes bigint while the plan also adds an index on it (built after
-- the swap, concurrently, on the new column) and keeps an existing partial index over it.
CREATE TABLE events (
  id integer PRIMARY KEY,
  kind text NOT NULL,
  at timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX events_recent_idx ON events (id) WHERE kind <> 'noise';
