CREATE TABLE events (
  id bigint NOT NULL,
  at date NOT NULL,
  kind text,
  CONSTRAINT events_pkey PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- a new partition, a catch-all, and an index on the partitioned table (each partition gets its copy)
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE events_other PARTITION OF events DEFAULT;
CREATE INDEX events_kind_idx ON events (kind, at);
COMMENT ON TABLE events_2025 IS 'this year';
