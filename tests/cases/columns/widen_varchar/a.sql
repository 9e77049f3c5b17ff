-- varchar(100) -> varchar(255) and varchar -> text: widening keeps every value.
CREATE TABLE customers (id integer PRIMARY KEY, name varchar(100) NOT NULL, city varchar(40), notes varchar(500));
