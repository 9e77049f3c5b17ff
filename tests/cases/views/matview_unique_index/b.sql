CREATE TABLE events (id bigint PRIMARY KEY, kind text NOT NULL, happened_at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW event_counts AS
  SELECT kind, count(*) AS n FROM events WHERE kind <> 'debug' GROUP BY kind;
CREATE UNIQUE INDEX event_counts_kind ON event_counts (kind);
CREATE INDEX event_counts_n ON event_counts (n DESC);
CREATE MATERIALIZED VIEW daily_events AS
  SELECT date_trunc('day', happened_at) AS day, count(*) AS n FROM events GROUP BY 1;
COMMENT ON MATERIALIZED VIEW daily_events IS 'events per day';
