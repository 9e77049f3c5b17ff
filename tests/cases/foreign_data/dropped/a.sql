-- Everything of foreign_data/created but the owners (a dropped object's owner is not restored by down.sql, for any
-- kind: keep_stated_owners).
CREATE EXTENSION postgres_fdw;
CREATE FOREIGN DATA WRAPPER dummy;
CREATE FOREIGN DATA WRAPPER "Checked" VALIDATOR postgresql_fdw_validator;
CREATE FOREIGN DATA WRAPPER optioned OPTIONS (zeta 'z', alpha 'a');
COMMENT ON FOREIGN DATA WRAPPER dummy IS 'does nothing';
CREATE SERVER warehouse TYPE 'postgresql' VERSION '15' FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (port '5432', host 'warehouse.internal', dbname 'dw');
CREATE SERVER "Side Server" FOREIGN DATA WRAPPER dummy OPTIONS (b 'two', a 'one');
COMMENT ON SERVER warehouse IS 'the warehouse';
CREATE USER MAPPING FOR app_user SERVER warehouse OPTIONS (user 'reader', password 'secret');
CREATE USER MAPPING FOR PUBLIC SERVER warehouse OPTIONS (user 'anonymous');
CREATE USER MAPPING FOR CURRENT_USER SERVER "Side Server";
CREATE TABLE local_users (id int PRIMARY KEY, name text);
CREATE SCHEMA remote;
CREATE FOREIGN TABLE remote.orders (
  id bigint NOT NULL,
  customer text OPTIONS (column_name 'customer_name') COLLATE "C",
  total numeric(12,2) DEFAULT 0 CHECK (total >= 0),
  placed_at timestamptz
) SERVER warehouse OPTIONS (schema_name 'sales', table_name 'orders');
COMMENT ON FOREIGN TABLE remote.orders IS 'orders in the warehouse';
COMMENT ON COLUMN remote.orders.total IS 'in euros';
CREATE FOREIGN TABLE public."Side Table" ("Key" int, v text) SERVER "Side Server";
CREATE VIEW remote.big_orders AS SELECT id, total FROM remote.orders WHERE total > 1000;
GRANT SELECT ON remote.orders TO readonly_user;
GRANT UPDATE (customer) ON remote.orders TO app_user;
GRANT USAGE ON FOREIGN SERVER warehouse TO app_user;
GRANT USAGE ON FOREIGN DATA WRAPPER dummy TO app_user WITH GRANT OPTION;
