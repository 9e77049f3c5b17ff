CREATE SCHEMA app;
CREATE TYPE app.floatrange AS RANGE (subtype = float8);
CREATE TABLE app.readings (
  id int PRIMARY KEY,
  span app.floatrange DEFAULT app.floatrange(0, 1),
  spans app.floatmultirange,
  history app.floatrange[]
);
CREATE VIEW app.spans AS SELECT id, span FROM app.readings;
CREATE FUNCTION app.width(r app.floatrange) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT upper(r) - lower(r) $$;
GRANT USAGE ON TYPE app.floatrange TO app_user;
COMMENT ON TYPE app.floatrange IS 'old';

-- schemaplan-fuzz: to
-- A range type that columns use gets a new definition: it cannot be dropped under them, so a new one is built
-- beside it and the columns (of the range, of its multirange, of an array of it, with a default) move over
-- through text, keeping their values; the view and the function that use it and its grant go and come back.
CREATE SCHEMA app;
CREATE TYPE app.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE app.readings (
  id int PRIMARY KEY,
  span app.floatrange DEFAULT app.floatrange(0, 1),
  spans app.floatmultirange,
  history app.floatrange[]
);
CREATE VIEW app.spans AS SELECT id, span FROM app.readings;
CREATE FUNCTION app.width(r app.floatrange) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT upper(r) - lower(r) $$;
GRANT USAGE ON TYPE app.floatrange TO app_user;
COMMENT ON TYPE app.floatrange IS 'new';
