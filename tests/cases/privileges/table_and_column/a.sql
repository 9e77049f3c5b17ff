CREATE TABLE people (id bigint PRIMARY KEY, name text, salary numeric);
GRANT SELECT, UPDATE ON people TO app_user;
GRANT SELECT (id, name) ON people TO app_user;
GRANT SELECT (id) ON people TO readonly_user;
