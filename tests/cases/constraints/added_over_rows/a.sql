-- Constraints and a unique index added over rows that satisfy them (issue 11: each is data-dependent and, from a
-- database, counted): NULLs pass a CHECK, a foreign key and a unique key; a partial unique index leaves the
-- rows outside its predicate alone; a self-referencing foreign key and a MATCH FULL one.
CREATE TABLE accounts (id integer PRIMARY KEY, email text, region text, parent_id integer);
CREATE TABLE transfers (
  id integer PRIMARY KEY,
  from_id integer,
  to_id integer,
  amount numeric,
  ref text,
  archived boolean NOT NULL DEFAULT false
);
