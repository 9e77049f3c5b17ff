-- A column changes type under a partial index whose predicate changes with it: ALTER COLUMN TYPE would rebuild
-- the old index (n > 5 on text fails), so the old index goes before the column changes, not after.
CREATE TABLE t (id int PRIMARY KEY, n int DEFAULT 0, s varchar(10) UNIQUE);
CREATE INDEX t_n ON t (n) WHERE n > 5;
