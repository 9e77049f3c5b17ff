CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TYPE status AS ENUM ('on', 'off');
REVOKE USAGE ON TYPE status FROM PUBLIC;
CREATE SCHEMA reports;
