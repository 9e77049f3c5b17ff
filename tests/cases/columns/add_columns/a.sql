-- Nullable and defaulted columns are added to a table holding rows.
CREATE TABLE products (id bigint PRIMARY KEY, name text NOT NULL);
