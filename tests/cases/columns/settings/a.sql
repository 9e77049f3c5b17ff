-- Column settings pg_dump writes with ALTER COLUMN: statistics targets, storage, n_distinct options and
-- compression, created, changed and removed.
CREATE TABLE docs (
  id int PRIMARY KEY,
  title text,
  body text COMPRESSION lz4,
  tags text[],
  score numeric,
  kind int
);
ALTER TABLE docs ALTER COLUMN title SET STATISTICS 500;
ALTER TABLE docs ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE docs ALTER COLUMN kind SET (n_distinct = 10);
ALTER TABLE docs ALTER COLUMN score SET STORAGE MAIN;
