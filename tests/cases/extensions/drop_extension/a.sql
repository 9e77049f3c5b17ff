-- The extension goes away with the column type and index that used it.
CREATE EXTENSION citext;
CREATE EXTENSION pg_trgm;
CREATE TABLE tags (id integer PRIMARY KEY, name citext NOT NULL);
CREATE INDEX tags_name_trgm_idx ON tags USING gin ((name::text) gin_trgm_ops);
