-- A table created again (now partitioned) leaves its publication while it is dropped and is added back with it.
CREATE TABLE measures (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE kept (id int);
CREATE PUBLICATION p FOR TABLE measures, kept;
