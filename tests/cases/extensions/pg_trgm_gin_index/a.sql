-- Fuzzy product search: pg_trgm and a GIN index with its trigram operator class.
CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL);
