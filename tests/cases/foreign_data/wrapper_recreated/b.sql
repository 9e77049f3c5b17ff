-- The wrapper's options change: it is created again, and its server (whose comment changes too), the server's
-- user mapping and foreign table go and come back with it.
CREATE FOREIGN DATA WRAPPER dummy OPTIONS (mode 'new');
CREATE SERVER side FOREIGN DATA WRAPPER dummy;
COMMENT ON SERVER side IS 'new';
CREATE USER MAPPING FOR PUBLIC SERVER side;
CREATE FOREIGN TABLE items (id int) SERVER side;
