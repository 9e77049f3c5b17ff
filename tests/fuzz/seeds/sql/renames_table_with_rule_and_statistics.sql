CREATE TABLE customers (id integer, region text, city text);
CREATE TABLE customer_log (id integer, note text);
CREATE STATISTICS customers_place ON region, city FROM customers;
CREATE RULE customers_keep AS ON DELETE TO customers DO INSTEAD NOTHING;
CREATE RULE customers_log AS ON UPDATE TO customers DO ALSO INSERT INTO customer_log VALUES (NEW.id, NEW.city);

-- schemaplan-fuzz: to
-- A renamed table with rules and a statistics object, and a renamed table a rule writes to: they follow the
-- tables (PostgreSQL keeps them by OID), so the plan is the two renames (DROP RULE ... ON the old name would fail
-- after them).
CREATE TABLE clients ( -- schemaplan:renamed-from customers
  id integer,
  region text,
  city text
);
CREATE TABLE client_log (id integer, note text); -- schemaplan:renamed-from customer_log
CREATE STATISTICS customers_place ON region, city FROM clients;
CREATE RULE customers_keep AS ON DELETE TO clients DO INSTEAD NOTHING;
CREATE RULE customers_log AS ON UPDATE TO clients DO ALSO INSERT INTO client_log VALUES (NEW.id, NEW.city);
