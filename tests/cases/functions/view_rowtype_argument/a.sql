CREATE TABLE tips (id int, amount numeric, ctime timestamptz);
