-- A composite foreign key's actions change: ON DELETE SET NULL on one column of it (PostgreSQL 15), ON UPDATE
-- RESTRICT, DEFERRABLE.
CREATE TABLE p (id int, tenant int, PRIMARY KEY (tenant, id));
CREATE TABLE c (id int PRIMARY KEY, tenant int NOT NULL, pid int, FOREIGN KEY (tenant, pid) REFERENCES p ON DELETE CASCADE);
