-- A server's comment changes in place; a foreign table's column comment is part of its definition; owners of a
-- server and a foreign table; the wrapper's usage granted to the server's new owner.
CREATE FOREIGN DATA WRAPPER dummy;
GRANT USAGE ON FOREIGN DATA WRAPPER dummy TO admin_role;
CREATE SERVER side FOREIGN DATA WRAPPER dummy;
COMMENT ON SERVER side IS 'new';
ALTER SERVER side OWNER TO admin_role;
CREATE FOREIGN TABLE items (id int, name text) SERVER side;
COMMENT ON COLUMN items.name IS 'what it is called';
ALTER TABLE items OWNER TO app_user;
COMMENT ON FOREIGN DATA WRAPPER dummy IS 'does nothing';
