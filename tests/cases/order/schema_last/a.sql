-- roundtrip: any order
-- The starting state is written backwards too (offline mode parses it): the schema comes after its objects.
CREATE TABLE app.users (id integer PRIMARY KEY, team_id integer REFERENCES app.teams (id));
CREATE TABLE app.teams (id integer PRIMARY KEY);
CREATE SCHEMA app;
