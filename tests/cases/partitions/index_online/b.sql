-- New indexes on the existing partitioned table (built per partition, concurrently, then attached), a new
-- UNIQUE key on it (plain: PostgreSQL has no USING INDEX for partitioned tables), a dropped index and a
-- changed one (plain: no CONCURRENTLY for partitioned indexes).
CREATE TABLE measure (
  id bigint NOT NULL,
  at date NOT NULL,
  region text NOT NULL,
  value numeric,
  CONSTRAINT measure_pkey PRIMARY KEY (id, at, region),
  CONSTRAINT measure_at_region_id_key UNIQUE (at, region, id)
) PARTITION BY RANGE (at);
CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measure_2025 PARTITION OF measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (region);
CREATE TABLE measure_2025_eu PARTITION OF measure_2025 FOR VALUES IN ('eu');
CREATE TABLE measure_2025_us PARTITION OF measure_2025 FOR VALUES IN ('us');
CREATE INDEX measure_2024_value_idx ON measure_2024 (id, value);
CREATE INDEX measure_value_idx ON measure (value);
CREATE INDEX measure_lower_idx ON measure (lower(region), region) INCLUDE (value) WHERE value IS NOT NULL;
COMMENT ON INDEX measure_lower_idx IS 'per region, case-blind';
CREATE INDEX measure_at_idx ON measure (at DESC);
