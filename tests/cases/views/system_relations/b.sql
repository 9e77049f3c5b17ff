-- Views over PostgreSQL's own relations: information_schema's, pg_catalog's qualified or not (pg_catalog is
-- searched first).
CREATE TABLE t (id int);
CREATE VIEW my_tables AS SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema = 'public';
CREATE VIEW my_classes AS SELECT c.relname, n.nspname FROM pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace;
CREATE VIEW sessions AS SELECT pid, state FROM pg_stat_activity;
