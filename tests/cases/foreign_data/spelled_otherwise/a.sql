CREATE EXTENSION postgres_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'h', port '1', dbname 'd');
CREATE USER MAPPING FOR app_user SERVER s OPTIONS (user 'u', password 'p');
CREATE FOREIGN TABLE t (a int4 NOT NULL DEFAULT 1, b varchar(3) OPTIONS (column_name 'x')) SERVER s OPTIONS (table_name 'tt', schema_name 'ss');
CREATE FOREIGN DATA WRAPPER dummy NO HANDLER NO VALIDATOR;
CREATE SERVER side FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE u (c text OPTIONS (one '1', two '2') NULL) SERVER side;
