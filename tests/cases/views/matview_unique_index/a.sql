-- A materialized view with a unique index whose query changes (no OR REPLACE for those: drop, create, and
-- its indexes again), one left unpopulated that gets populated, and a comment.
CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, happened_at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW event_counts AS
  SELECT kind, count(*) AS n FROM events GROUP BY kind;
CREATE UNIQUE INDEX event_counts_kind ON event_counts (kind);
CREATE INDEX event_counts_n ON event_counts (n DESC);
CREATE MATERIALIZED VIEW daily_events AS
  SELECT date_trunc('day', happened_at) AS day, count(*) AS n FROM events GROUP BY 1
  WITH NO DATA;
