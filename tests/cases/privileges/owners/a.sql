CREATE SCHEMA app;
CREATE TABLE app.accounts (id serial PRIMARY KEY, name text);
CREATE SEQUENCE app.tickets;
CREATE TYPE app.mood AS ENUM ('ok');
CREATE TABLE app.ledger (id bigint PRIMARY KEY);
ALTER TABLE app.ledger OWNER TO app_user;
CREATE SCHEMA reports AUTHORIZATION readonly_user;
