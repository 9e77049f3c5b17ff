CREATE SCHEMA app;
CREATE TABLE a (id int, v text);
CREATE TABLE app.b (id int);
CREATE PUBLICATION p FOR TABLE a (v, id) WHERE (id > 1), app.b WITH (publish = 'update, insert, delete, truncate');
CREATE PUBLICATION q WITH (publish_via_partition_root = false);
