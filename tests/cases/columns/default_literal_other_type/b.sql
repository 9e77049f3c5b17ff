-- A literal default cast to another type than its column's keeps the cast (pg_dump's spelling of a column
-- retyped from varchar to text); one cast to the column's own type is the literal.
CREATE TABLE settings (
  name text DEFAULT ''::text,
  value text DEFAULT ''::character varying,
  code varchar(10) DEFAULT 'x'::text,
  tags text[] DEFAULT '{}'::character varying[],
  n numeric DEFAULT (0)::numeric
);
