-- Fuzzy product search: pg_trgm and a GIN index with its trigram operator class.
CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL);

-- schemaplan-fuzz: to
CREATE EXTENSION pg_trgm;
CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL);
CREATE INDEX products_name_trgm_idx ON products USING gin (name gin_trgm_ops);
CREATE INDEX products_name_gist_trgm_idx ON products USING gist (lower(name) gist_trgm_ops);
