CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('ok', 'meh');
-- a domain over an enum, a domain over another domain, arrays of a domain, a NOT VALID constraint
CREATE DOMAIN app.feeling AS app.mood DEFAULT 'ok';
CREATE DOMAIN app.small AS smallint CHECK (VALUE < 100);
CREATE DOMAIN app.tiny AS app.small CONSTRAINT tiny_max CHECK (VALUE < 10);
ALTER DOMAIN app.small ADD CONSTRAINT small_min CHECK (VALUE > -100) NOT VALID;
CREATE TABLE app.t (id int PRIMARY KEY, s app.small, f app.feeling, ts app.tiny[]);
