-- New table lists, a new schema list and new options: each publication is created again.
CREATE SCHEMA app;
CREATE SCHEMA more;
CREATE TABLE orders (id int PRIMARY KEY, status text);
CREATE TABLE app.events (id int);
CREATE TABLE app.other (id int);
CREATE PUBLICATION p FOR TABLE orders (id) WHERE (id > 0), app.other;
CREATE PUBLICATION s FOR TABLES IN SCHEMA app, more;
CREATE PUBLICATION o WITH (publish = 'insert, delete');
