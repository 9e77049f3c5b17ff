CREATE TABLE measures (
  a integer,
  b integer,
  c varchar(10),
  d timestamptz,
  e double precision,
  f numeric(8, 3),
  g boolean,
  h character(2),
  i varbit(8),
  j time(0),
  k interval day to second(3),
  l bytea,
  m inet,
  n uuid,
  o int8range,
  p tstzrange
);
