CREATE TYPE addr AS (street text, city text, zip integer);
CREATE TYPE amount AS (value numeric, currency char(3));
CREATE TYPE point2 AS (x float8, y float8);
COMMENT ON TYPE point2 IS 'a point';
-- a type used by a column (kept unchanged, rows must survive) and types used by nothing
CREATE TABLE places (id int PRIMARY KEY, at point2);
