-- Everything of range_types/created but the owner (down.sql restores no owner of a dropped object, for any kind).
CREATE SCHEMA app;
CREATE FUNCTION app.time_diff(a time, b time) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT EXTRACT(EPOCH FROM (a - b)) $$;
CREATE TYPE app.timerange AS RANGE (subtype = time, subtype_diff = app.time_diff);
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE app."Text Range" AS RANGE (subtype = text, collation = "C", multirange_type_name = app.textmulti);
CREATE TYPE app.textrange_pattern AS RANGE (subtype = text, subtype_opclass = text_pattern_ops);
CREATE TABLE bookings (id int PRIMARY KEY, hours app.timerange, weights floatrange[], spans floatmultirange, names app."Text Range");
CREATE VIEW booking_hours AS SELECT id, hours FROM bookings;
CREATE FUNCTION widest(r floatrange) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$ SELECT upper(r) - lower(r) $$;
COMMENT ON TYPE floatrange IS 'doubles';
GRANT USAGE ON TYPE app.timerange TO app_user;
