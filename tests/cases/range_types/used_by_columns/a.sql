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
