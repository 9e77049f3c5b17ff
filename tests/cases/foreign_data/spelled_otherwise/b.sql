-- The same objects written otherwise (options in another order, type aliases, constraints reordered): no plan.
CREATE EXTENSION postgres_fdw;
CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'd', host 'h', port '1');
CREATE USER MAPPING FOR app_user SERVER s OPTIONS (password 'p', "user" 'u');
CREATE FOREIGN TABLE public.t (a integer DEFAULT 1 NOT NULL, b character varying(3) OPTIONS (column_name 'x'))
  SERVER s OPTIONS (schema_name 'ss', table_name 'tt');
CREATE FOREIGN DATA WRAPPER dummy;
CREATE SERVER side FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN TABLE public.u (c text OPTIONS (two '2', one '1')) SERVER side;
