-- app_user loses table-wide SELECT and UPDATE but keeps column privileges, which a table-level REVOKE would also
-- take away; readonly_user moves from a column privilege to a table-wide one.
CREATE TABLE people (id bigint PRIMARY KEY, name text, salary numeric);
GRANT SELECT (id, name), UPDATE (name) ON people TO app_user;
GRANT SELECT ON people TO readonly_user;
