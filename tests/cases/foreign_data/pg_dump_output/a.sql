-- Every database starts with schema public owned by pg_database_owner; said here so that the offline mode, which
-- has no database to ask, knows it too (inspect prints it).
ALTER SCHEMA public OWNER TO pg_database_owner;
