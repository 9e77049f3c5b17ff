CREATE TABLE items (id integer PRIMARY KEY, code integer, qty integer, label varchar(10), note varchar(5));
