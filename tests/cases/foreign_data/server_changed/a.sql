CREATE EXTENSION postgres_fdw;
CREATE SERVER warehouse FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'old.internal', dbname 'dw');
CREATE USER MAPPING FOR app_user SERVER warehouse OPTIONS (user 'reader', password 'secret');
CREATE SCHEMA remote;
CREATE FOREIGN TABLE remote.orders (id bigint NOT NULL, total numeric(12,2)) SERVER warehouse OPTIONS (table_name 'orders');
CREATE VIEW remote.big_orders AS SELECT id, total FROM remote.orders WHERE total > 1000;
GRANT SELECT ON remote.orders TO readonly_user;
GRANT SELECT ON remote.big_orders TO readonly_user;
GRANT USAGE ON FOREIGN SERVER warehouse TO app_user;
