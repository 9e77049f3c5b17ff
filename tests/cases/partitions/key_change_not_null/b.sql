-- the parent's key moves to other columns: the columns it leaves lose NOT NULL on every partition, the ones it
-- takes gain it
CREATE TABLE p (id int, at date, code int, PRIMARY KEY (code, at)) PARTITION BY RANGE (at);
CREATE TABLE p_2024 PARTITION OF p FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE p_rest PARTITION OF p DEFAULT PARTITION BY LIST (at);
CREATE TABLE p_rest_1 PARTITION OF p_rest FOR VALUES IN ('2026-01-01');
