
-- schemaplan-fuzz: to
-- roundtrip: any order
-- Indexes, comments and an OWNED BY before the table and sequence they belong to; a column type (enum)
-- used before the enum is created; the extension whose operator class an index uses comes last.
CREATE INDEX products_name_trgm_idx ON products USING gin (name gin_trgm_ops);
CREATE UNIQUE INDEX products_slug_key ON products (slug);
COMMENT ON INDEX products_slug_key IS 'one product per slug';
COMMENT ON TABLE products IS 'Catalog';
ALTER SEQUENCE product_no_seq OWNED BY products.no;
CREATE TABLE products (
  id integer PRIMARY KEY,
  slug text NOT NULL,
  name text NOT NULL,
  kind product_kind NOT NULL DEFAULT 'ONE_TIME',
  no bigint DEFAULT nextval('product_no_seq')
);
CREATE SEQUENCE product_no_seq;
CREATE TYPE product_kind AS ENUM ('ONE_TIME', 'SUBSCRIPTION', 'USAGE_BASED');
CREATE EXTENSION pg_trgm;
