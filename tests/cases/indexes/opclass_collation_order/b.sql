CREATE TABLE products (id integer PRIMARY KEY, slug text NOT NULL, name text, price integer, created_at timestamptz);
CREATE INDEX products_price_idx ON products (price DESC NULLS LAST);
CREATE INDEX products_slug_pattern_idx ON products (slug text_pattern_ops);
CREATE INDEX products_name_c_idx ON products (name COLLATE "C");
CREATE INDEX products_name_posix_desc_idx ON products (name COLLATE "POSIX" DESC);
CREATE INDEX products_created_nulls_first_idx ON products (created_at NULLS FIRST);
CREATE INDEX products_mixed_idx ON products (price ASC NULLS FIRST, created_at DESC NULLS LAST, slug varchar_pattern_ops);
