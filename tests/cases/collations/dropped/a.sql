-- (No owner: down.sql does not restore the owners of dropped objects, of any kind.)
-- Collations of every shape (ICU nondeterministic, libc with one locale or two, copies of a built-in and of the
-- files' own), in public and in another schema, with a comment and an owner, and what uses them: columns
-- (named unqualified and qualified), an index column and an index expression, a CHECK, a domain, a range type
-- and a view.
CREATE SCHEMA app;
CREATE COLLATION public.case_insensitive (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
CREATE COLLATION app.german (provider = icu, locale = 'de-u-co-phonebk');
CREATE COLLATION app.plain (locale = 'C');
CREATE COLLATION app.mixed (lc_collate = 'C', lc_ctype = 'POSIX');
CREATE COLLATION app.copy_of_c FROM "C";
CREATE COLLATION app.copy_of_german FROM app.german;
COMMENT ON COLLATION app.german IS 'phone book order';

CREATE TABLE public.users (
  id integer PRIMARY KEY,
  email text COLLATE case_insensitive NOT NULL UNIQUE,
  name text COLLATE app.german,
  code varchar(10) COLLATE app.plain CHECK (code COLLATE app.copy_of_c > 'A')
);
CREATE INDEX users_name_plain ON public.users (name COLLATE app.plain);
CREATE INDEX users_lower_name ON public.users ((lower(name) COLLATE app.mixed));
CREATE DOMAIN app.label AS text COLLATE app.copy_of_german NOT NULL;
CREATE TABLE app.tags (id integer, label app.label, alias text COLLATE app.german);
CREATE TYPE app.textrange AS RANGE (subtype = text, collation = app.plain);
CREATE VIEW app.sorted_users AS SELECT id, name COLLATE app.plain AS name FROM public.users;
