CREATE TYPE addr AS (street text, city text, zip integer);
CREATE TYPE amount AS (value numeric, currency char(3));
CREATE TYPE point2 AS (x float8, y float8);
COMMENT ON TYPE point2 IS 'a point';
-- a type used by a column (kept unchanged, rows must survive) and types used by nothing
CREATE TABLE places (id int PRIMARY KEY, at point2);

-- schemaplan-fuzz: to
-- addr gains country and loses zip, amount's value gets a precision and currency a collation, comments move
CREATE TYPE addr AS (street text, city text, country text);
CREATE TYPE amount AS (value numeric(12,2), currency char(3) COLLATE "C");
CREATE TYPE point2 AS (x float8, y float8);
COMMENT ON TYPE addr IS 'a postal address';
COMMENT ON COLUMN addr.city IS 'town';
CREATE TABLE places (id int PRIMARY KEY, at point2);
