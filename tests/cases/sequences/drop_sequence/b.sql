CREATE TABLE orders (id integer PRIMARY KEY, order_no bigint);
