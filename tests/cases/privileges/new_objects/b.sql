-- Objects created with their privileges; grants written before the objects they are on.
-- roundtrip: any order
GRANT SELECT ON catalog.products TO readonly_user;
GRANT USAGE ON SCHEMA catalog TO readonly_user, app_user;
GRANT SELECT, INSERT, UPDATE ON catalog.products TO app_user;
GRANT UPDATE (price) ON catalog.products TO admin_role;
CREATE SCHEMA catalog;
CREATE TABLE catalog.products (
  id bigserial PRIMARY KEY,
  name text NOT NULL,
  price numeric(10,2)
);
GRANT USAGE ON SEQUENCE catalog.products_id_seq TO app_user;
