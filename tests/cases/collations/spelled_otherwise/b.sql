-- The same collations written otherwise: a copy of "C", the provider's name in capitals and quoted, a Boolean as
-- a number, a version (which the server records by itself), LC_COLLATE = LC_CTYPE, an unqualified COLLATE naming
-- the files' own collation in public: no change at all.
CREATE SCHEMA app;
CREATE COLLATION app.c1 FROM "C";
CREATE COLLATION app.c2 (PROVIDER = 'ICU', LOCALE = 'und-u-ks-level2', DETERMINISTIC = 0);
CREATE COLLATION c3 (provider = icu, locale = 'und', version = '153.120');
CREATE COLLATION app.c4 (locale = 'C');
CREATE TABLE app.t (a text COLLATE app.c1, b text COLLATE c3, c text COLLATE "C");
CREATE INDEX t_b ON app.t (b COLLATE c3);
