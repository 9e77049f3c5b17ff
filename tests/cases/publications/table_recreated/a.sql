CREATE TABLE measures (id int, at date);
CREATE TABLE kept (id int);
CREATE PUBLICATION p FOR TABLE measures, kept;
