-- The partitions' own settings change: one default changed, one NOT NULL given up, one back to the parent's.
CREATE TABLE events (id integer NOT NULL, kind text DEFAULT 'x', at date, note text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events (kind WITH OPTIONS DEFAULT 'z')
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE ONLY events_2025 ALTER COLUMN at SET NOT NULL;
CREATE TABLE events_other PARTITION OF events DEFAULT;
ALTER TABLE ONLY events_other ALTER COLUMN id SET DEFAULT 0;
