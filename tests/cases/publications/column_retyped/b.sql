-- PostgreSQL refuses to retype a column a publication's column list or row filter names, or to drop it: the
-- publication goes before and comes back after; one that publishes the whole table is left alone.
CREATE TABLE orders (id int PRIMARY KEY, status text, total bigint);
CREATE PUBLICATION p FOR TABLE orders (id, status, total) WHERE (total > 10);
CREATE PUBLICATION q FOR TABLE orders;
