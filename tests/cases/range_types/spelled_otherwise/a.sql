CREATE SCHEMA app;
CREATE TYPE app.r AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TYPE s AS RANGE (subtype = text, collation = "C");
