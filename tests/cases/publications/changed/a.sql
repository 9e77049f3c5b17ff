CREATE SCHEMA app;
CREATE TABLE orders (id int PRIMARY KEY, status text);
CREATE TABLE app.events (id int);
CREATE TABLE app.other (id int);
CREATE PUBLICATION p FOR TABLE orders, app.events;
CREATE PUBLICATION s FOR TABLES IN SCHEMA app;
CREATE PUBLICATION o WITH (publish = 'insert');
