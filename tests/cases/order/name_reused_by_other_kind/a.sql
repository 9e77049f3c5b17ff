-- Names that pass from one kind of object to another: a UNIQUE constraint becomes a unique index of the same
-- name and back, a table becomes a view and a view a table. The old holder must go before the name is taken.
CREATE TABLE t (id int PRIMARY KEY, a int, b int, CONSTRAINT t_a_key UNIQUE (a));
CREATE UNIQUE INDEX t_b_key ON t (b);
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE TABLE totals (id int, total numeric);
CREATE VIEW summary AS SELECT count(*) AS n FROM accounts;
