CREATE SCHEMA app;
CREATE COLLATION app.c1 (provider = libc, locale = 'C');
CREATE COLLATION app.c2 (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
CREATE COLLATION public.c3 (provider = icu, locale = 'und');
CREATE COLLATION app.c4 (provider = libc, lc_collate = 'C', lc_ctype = 'C');
CREATE TABLE app.t (a text COLLATE app.c1, b text COLLATE public.c3, c text COLLATE pg_catalog."C");
CREATE INDEX t_b ON app.t (b COLLATE public.c3);
