-- The index that is the replica identity is dropped (the table goes back to DEFAULT: PostgreSQL would leave it
-- at USING INDEX with no index), a clustered index is recreated with a new definition and stays clustered, a
-- materialized view's index loses CLUSTER ON, a new index becomes a table's identity, a column changes type under
-- SET STORAGE and a statistics target.
CREATE TABLE a1 (id int NOT NULL, v text);
CREATE UNIQUE INDEX a1_id ON a1 (id);
ALTER TABLE a1 REPLICA IDENTITY USING INDEX a1_id;
ALTER TABLE a1 CLUSTER ON a1_id;
CREATE TABLE a2 (id int PRIMARY KEY, v text);
CREATE INDEX a2_v ON a2 (v);
ALTER TABLE a2 CLUSTER ON a2_v;
CREATE MATERIALIZED VIEW mv AS SELECT id, v FROM a2;
CREATE UNIQUE INDEX mv_id ON mv (id);
ALTER TABLE mv CLUSTER ON mv_id;
CREATE TABLE a3 (id int NOT NULL, v text, n int);
ALTER TABLE a3 ALTER COLUMN n SET STATISTICS 100;
