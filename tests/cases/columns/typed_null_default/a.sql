CREATE TABLE t (id int, a text, b varchar(5), c text DEFAULT 'x');
