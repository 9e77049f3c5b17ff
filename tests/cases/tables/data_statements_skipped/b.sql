-- A Rails structure.sql ends with data: the desired schema is the DDL, the rows are skipped with a warning.
CREATE TABLE schema_migrations (version varchar PRIMARY KEY);
CREATE TABLE settings (name text PRIMARY KEY, value text);
INSERT INTO schema_migrations (version) VALUES ('20240101000000'), ('20240102000000');
INSERT INTO settings VALUES ('theme', 'dark');
UPDATE settings SET value = 'light' WHERE name = 'theme';
DELETE FROM settings WHERE name = 'none';
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('schema_migrations', 'version'), 1, false) WHERE false;
