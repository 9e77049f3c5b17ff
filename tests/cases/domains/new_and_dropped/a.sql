CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'meh');
CREATE DOMAIN app.unused AS text;
CREATE DOMAIN app.small AS smallint CHECK (VALUE < 100);
CREATE TABLE app.t (id int PRIMARY KEY, s app.small);
