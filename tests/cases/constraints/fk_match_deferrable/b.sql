CREATE TABLE warehouses (region text NOT NULL, code text NOT NULL, PRIMARY KEY (region, code));
CREATE TABLE stock (
  id integer PRIMARY KEY,
  region text,
  code text,
  parent_id integer REFERENCES stock (id) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT stock_warehouse_fk FOREIGN KEY (region, code) REFERENCES warehouses (region, code) MATCH FULL DEFERRABLE
);
