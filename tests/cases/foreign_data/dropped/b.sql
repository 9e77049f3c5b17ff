-- Everything foreign goes; the extension stays.
CREATE EXTENSION postgres_fdw;
CREATE TABLE local_users (id int PRIMARY KEY, name text);
