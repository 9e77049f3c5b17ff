-- roundtrip: any order
CREATE INDEX users_team_id_idx ON app.users (team_id);
CREATE TABLE app.users (id integer PRIMARY KEY, team_id integer REFERENCES app.teams (id), role app.role);
CREATE TYPE app.role AS ENUM ('member', 'owner');
CREATE TABLE app.teams (id integer PRIMARY KEY, name text);
CREATE SCHEMA app;
