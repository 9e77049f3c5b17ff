CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT ALL ON TABLES TO app_user, readonly_user;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO readonly_user;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
-- narrowed for one grantee
CREATE TABLE app.uploads (id bigint PRIMARY KEY, name text);
REVOKE ALL ON app.uploads FROM readonly_user;
GRANT SELECT ON app.uploads TO readonly_user;
-- taken away from one grantee entirely
CREATE TABLE app.parts (id bigint PRIMARY KEY);
REVOKE ALL ON app.parts FROM app_user;
-- the defaults as they are
CREATE TABLE app.events (id bigint PRIMARY KEY);
CREATE VIEW app.recent_events AS SELECT id FROM app.events;
-- a sequence outside the schema, and a function given back to PUBLIC
CREATE SEQUENCE public.tickets;
CREATE FUNCTION public.answer() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 42';
GRANT EXECUTE ON FUNCTION public.answer() TO PUBLIC;
CREATE FUNCTION public.secret() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 7';
