-- Default privileges already in place when the plan creates objects: each new object starts with them, so
-- the plan takes it from there to exactly the grants stated (less, more, none, or the defaults as they are).
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT ALL ON TABLES TO app_user, readonly_user;
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO readonly_user;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
