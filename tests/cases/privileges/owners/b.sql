-- Owners stated in the desired schema: changed, kept (ledger) and set on new objects, with a grant on a table
-- whose owner is not the role running the plan.
CREATE SCHEMA app;
ALTER SCHEMA app OWNER TO admin_role;
CREATE TABLE app.accounts (id serial PRIMARY KEY, name text);
ALTER TABLE app.accounts OWNER TO admin_role;
CREATE SEQUENCE app.tickets;
ALTER SEQUENCE app.tickets OWNER TO app_user;
CREATE TYPE app.mood AS ENUM ('ok');
ALTER TYPE app.mood OWNER TO admin_role;
CREATE TABLE app.ledger (id bigint PRIMARY KEY);
ALTER TABLE app.ledger OWNER TO app_user;
CREATE SCHEMA reports AUTHORIZATION admin_role;
CREATE TABLE reports.daily (day date PRIMARY KEY);
ALTER TABLE reports.daily OWNER TO readonly_user;
GRANT SELECT ON reports.daily TO app_user;
