-- String bodies PostgreSQL accepts with check_function_bodies off, as pg_dump loads them: one reading a table
-- created later in the file, one relying on the caller's search_path (its table lives in another schema), one
-- whose PL/pgSQL does not even parse. What a database holds must be reproducible.
SET check_function_bodies = false;
CREATE FUNCTION count_fg() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM featuregroup $$;
CREATE FUNCTION in_other() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT count(*) FROM elsewhere_t $$;
CREATE FUNCTION broken() RETURNS int LANGUAGE plpgsql AS $$ BEGIN SELECT WHERE; END $$;
CREATE TABLE featuregroup (id int);
CREATE TABLE kept (id int);
CREATE SCHEMA elsewhere;
CREATE TABLE elsewhere.elsewhere_t (id int);
