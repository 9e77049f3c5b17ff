CREATE SCHEMA app;
CREATE TABLE app.orders (id integer, region text, city text);
CREATE STATISTICS app.orders_place ON region, city FROM app.orders;
COMMENT ON STATISTICS app.orders_place IS 'old';
