-- Every collation goes, and with it what uses it (the columns keep their data under the default collation).
CREATE SCHEMA app;
CREATE TABLE public.users (
  id integer PRIMARY KEY,
  email text NOT NULL UNIQUE,
  name text,
  code varchar(10)
);
CREATE TABLE app.tags (id integer, label text, alias text);
