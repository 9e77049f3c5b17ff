-- The owner's own privileges where they differ from its defaults, as pg_dump writes them: held WITH GRANT
-- OPTION, or given up (REVOKE ... FROM the owner). The tests connect as postgres, who owns what they create.
CREATE TABLE featuregroup (id int);
ALTER TABLE featuregroup OWNER TO postgres;
GRANT ALL ON featuregroup TO postgres WITH GRANT OPTION;
GRANT SELECT ON featuregroup TO app_user;
CREATE TABLE audit (id int);
ALTER TABLE audit OWNER TO postgres;
REVOKE DELETE, TRUNCATE ON audit FROM postgres;
GRANT SELECT ON audit TO app_user WITH GRANT OPTION;
