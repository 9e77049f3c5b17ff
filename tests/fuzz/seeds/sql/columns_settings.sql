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

-- schemaplan-fuzz: to
CREATE TABLE docs (
  id int PRIMARY KEY,
  title text COMPRESSION pglz,
  body text,
  tags text[],
  score numeric,
  kind int,
  extra text COMPRESSION lz4
);
ALTER TABLE docs ALTER COLUMN title SET STATISTICS 1000;
ALTER TABLE docs ALTER COLUMN tags SET STATISTICS 200;
ALTER TABLE docs ALTER COLUMN tags SET STORAGE MAIN;
ALTER TABLE docs ALTER COLUMN kind SET (n_distinct = -0.5, n_distinct_inherited = 20);
ALTER TABLE docs ALTER COLUMN score SET STORAGE MAIN;
ALTER TABLE docs ALTER COLUMN extra SET STATISTICS 50;
ALTER TABLE docs ALTER COLUMN extra SET STORAGE EXTERNAL;
-- The type's own storage sets nothing.
ALTER TABLE docs ALTER COLUMN id SET STORAGE PLAIN;
