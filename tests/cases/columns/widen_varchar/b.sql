CREATE TABLE customers (id integer PRIMARY KEY, name varchar(255) NOT NULL, city varchar(40), notes text);
