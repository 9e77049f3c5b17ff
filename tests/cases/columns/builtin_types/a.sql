-- Spellings PostgreSQL treats as one type must compare equal (int/int4/integer, varchar/character varying,
-- timestamptz/timestamp with time zone, float8/double precision ...): the only changes are the new columns.
CREATE TABLE measures (
  a int,
  b int4,
  c character varying(10),
  d timestamp with time zone,
  e float8,
  f decimal(8, 3),
  g bool,
  h char(2),
  i bit varying(8),
  j time(0) without time zone
);
