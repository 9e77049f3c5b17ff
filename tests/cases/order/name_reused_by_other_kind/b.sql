CREATE TABLE t (id int PRIMARY KEY, a int, b int, CONSTRAINT t_b_key UNIQUE (b));
CREATE UNIQUE INDEX t_a_key ON t (a);
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE VIEW totals AS SELECT id, balance AS total FROM accounts;
CREATE TABLE summary (n bigint);
