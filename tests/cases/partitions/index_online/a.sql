-- A partitioned table with a sub-partitioned partition, filled (data.sql).
CREATE TABLE measure (
  id bigint NOT NULL,
  at date NOT NULL,
  region text NOT NULL,
  value numeric,
  CONSTRAINT measure_pkey PRIMARY KEY (id, at, region)
) PARTITION BY RANGE (at);
CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measure_2025 PARTITION OF measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY LIST (region);
CREATE TABLE measure_2025_eu PARTITION OF measure_2025 FOR VALUES IN ('eu');
CREATE TABLE measure_2025_us PARTITION OF measure_2025 FOR VALUES IN ('us');
-- Holds the name PostgreSQL would give measure_2024's copy of measure_value_idx, which becomes _idx1 (its
-- definition differs: an equivalent index would be attached instead).
CREATE INDEX measure_2024_value_idx ON measure_2024 (id, value);
CREATE INDEX measure_region_idx ON measure (region);
CREATE INDEX measure_at_idx ON measure (at);
