-- Rule 6 for keys: a UNIQUE constraint (not the primary key) referenced by a foreign key; the unique column
-- becomes bigint, the referencing column too; the referencing table's own key is untouched.
CREATE TABLE products (
  id integer PRIMARY KEY,
  code integer NOT NULL UNIQUE,
  name text
);
CREATE TABLE stock (
  id integer PRIMARY KEY,
  product_code integer REFERENCES products (code) ON UPDATE CASCADE,
  qty integer NOT NULL DEFAULT 0
);
