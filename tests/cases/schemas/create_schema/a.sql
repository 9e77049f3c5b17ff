-- A database with only the public schema: billing is created with a table in it.
CREATE TABLE customers (id bigint PRIMARY KEY, name text NOT NULL);
