-- MATCH FULL on a composite key, DEFERRABLE INITIALLY DEFERRED and DEFERRABLE INITIALLY IMMEDIATE keys.
CREATE TABLE warehouses (region text NOT NULL, code text NOT NULL, PRIMARY KEY (region, code));
CREATE TABLE stock (
  id integer PRIMARY KEY,
  region text,
  code text,
  parent_id integer REFERENCES stock (id)
);
