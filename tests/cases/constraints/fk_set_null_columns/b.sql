CREATE TABLE p (id int, tenant int, PRIMARY KEY (tenant, id));
CREATE TABLE c (id int PRIMARY KEY, tenant int NOT NULL, pid int, FOREIGN KEY (tenant, pid) REFERENCES p ON DELETE SET NULL (pid) ON UPDATE RESTRICT DEFERRABLE);
