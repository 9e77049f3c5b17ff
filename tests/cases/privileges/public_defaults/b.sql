-- Defaults PostgreSQL grants to PUBLIC taken away (and given back): USAGE on types and on schema public.
CREATE TYPE mood AS ENUM ('happy', 'sad');
REVOKE ALL ON TYPE mood FROM PUBLIC;
GRANT USAGE ON TYPE mood TO app_user;
CREATE TYPE status AS ENUM ('on', 'off');
REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO readonly_user;
CREATE SCHEMA reports;
GRANT CREATE, USAGE ON SCHEMA reports TO PUBLIC;
