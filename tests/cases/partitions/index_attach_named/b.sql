-- a partitioned index written as pg_dump writes it: ON ONLY the parent, each partition's index on its own
-- (one not named as PostgreSQL would name it), then attached
CREATE TABLE p (id int, v text) PARTITION BY RANGE (id);
CREATE TABLE c PARTITION OF p FOR VALUES FROM (1) TO (10);
CREATE TABLE d PARTITION OF p FOR VALUES FROM (10) TO (20);
CREATE INDEX p_i ON ONLY p (id);
CREATE INDEX c_i ON c (id);
CREATE INDEX d_id_idx ON d (id);
ALTER INDEX p_i ATTACH PARTITION c_i;
ALTER INDEX p_i ATTACH PARTITION d_id_idx;
