CREATE TABLE customers (id integer, region text, city text);
CREATE TABLE customer_log (id integer, note text);
CREATE STATISTICS customers_place ON region, city FROM customers;
CREATE RULE customers_keep AS ON DELETE TO customers DO INSTEAD NOTHING;
CREATE RULE customers_log AS ON UPDATE TO customers DO ALSO INSERT INTO customer_log VALUES (NEW.id, NEW.city);
