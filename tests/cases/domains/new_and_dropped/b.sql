-- roundtrip: any order
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'meh');
-- a domain over an enum, a domain over another domain, arrays of a domain, a NOT VALID constraint
CREATE DOMAIN app.feeling AS app.mood DEFAULT 'ok';
CREATE DOMAIN app.small AS smallint CHECK (VALUE < 100);
CREATE DOMAIN app.tiny AS app.small CONSTRAINT tiny_max CHECK (VALUE < 10);
ALTER DOMAIN app.small ADD CONSTRAINT small_min CHECK (VALUE > -100) NOT VALID;
CREATE TABLE app.t (id int PRIMARY KEY, s app.small, f app.feeling, ts app.tiny[]);
-- a CHECK calling a function defined further down: the plan creates the function first
CREATE DOMAIN app.email AS text CONSTRAINT email_at CHECK (app.is_email(VALUE));
CREATE FUNCTION app.is_email(s text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN s LIKE '%@%'; END $$;
ALTER TABLE app.t ADD COLUMN contact app.email;
