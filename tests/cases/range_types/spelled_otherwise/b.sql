-- The same range types spelled otherwise (type aliases, the default multirange named, options in another order).
CREATE SCHEMA app;
CREATE TYPE app.r AS RANGE (SUBTYPE_DIFF = float8mi, subtype = double precision, multirange_type_name = app.multir);
CREATE TYPE public.s AS RANGE (collation = pg_catalog."C", subtype = pg_catalog.text, multirange_type_name = s_multirange);
