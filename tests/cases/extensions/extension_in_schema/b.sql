CREATE SCHEMA ext;
CREATE EXTENSION citext WITH SCHEMA ext;
CREATE TABLE contacts (id integer PRIMARY KEY, email ext.citext);
