-- NULL defaults PostgreSQL stores (a null of another type, or under a typmod coercion) and those it does not
-- (a null of exactly the column's type): pg_dump writes `text DEFAULT NULL::character varying` for a column
-- retyped from varchar.
CREATE TABLE t (
  id int DEFAULT NULL,
  a text DEFAULT NULL::character varying,
  b varchar(5) DEFAULT NULL,
  c text DEFAULT NULL::text,
  d varchar DEFAULT NULL::varchar,
  e text[] DEFAULT NULL::varchar[]
);
