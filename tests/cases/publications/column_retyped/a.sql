CREATE TABLE orders (id int PRIMARY KEY, status varchar(10), note text, total int);
CREATE PUBLICATION p FOR TABLE orders (id, status, total) WHERE (total > 10);
CREATE PUBLICATION q FOR TABLE orders;
