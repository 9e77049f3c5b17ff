-- A stand-alone sequence and a default using it are dropped.
CREATE SEQUENCE order_no_seq START 500;
CREATE TABLE orders (id integer PRIMARY KEY, order_no bigint DEFAULT nextval('order_no_seq'));
