CREATE TABLE products (
  id integer PRIMARY KEY,
  code bigint NOT NULL UNIQUE,
  name text
);
CREATE TABLE stock (
  id integer PRIMARY KEY,
  product_code bigint REFERENCES products (code) ON UPDATE CASCADE,
  qty integer NOT NULL DEFAULT 0
);
