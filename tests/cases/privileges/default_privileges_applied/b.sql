-- Objects created after ALTER DEFAULT PRIVILEGES start with its privileges (in file order): the plan must give
-- them exactly those, whichever order it runs its steps in; an object created before it gets none, and a
-- REVOKE after a CREATE takes a default grant back.
CREATE TABLE early (id int PRIMARY KEY);
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO readonly_user;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT INSERT ON TABLES TO app_user;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO app_user WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;
CREATE TABLE app.orders (id serial PRIMARY KEY, note text);
CREATE TABLE late (id int PRIMARY KEY);
REVOKE SELECT ON late FROM readonly_user;
CREATE SEQUENCE app.tickets;
CREATE TYPE app.mood AS ENUM ('ok', 'meh');
CREATE FUNCTION app.answer() RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT 42';
CREATE VIEW app.order_notes AS SELECT id, note FROM app.orders;
