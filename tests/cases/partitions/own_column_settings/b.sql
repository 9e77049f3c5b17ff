-- Partitions with their own default and NOT NULL on columns of their parent: in the PARTITION OF column list,
-- and as pg_dump writes them (ALTER TABLE ONLY ... ALTER COLUMN); a partition without a default its parent has.
CREATE TABLE events (id integer NOT NULL, kind text DEFAULT 'x', at date, note text) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events (kind WITH OPTIONS DEFAULT 'y', note WITH OPTIONS NOT NULL)
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE ONLY events_2025 ALTER COLUMN at SET NOT NULL;
ALTER TABLE ONLY events_2025 ALTER COLUMN kind DROP DEFAULT;
CREATE TABLE events_other PARTITION OF events DEFAULT;
ALTER TABLE ONLY events_other ALTER COLUMN kind SET DEFAULT 'x';
