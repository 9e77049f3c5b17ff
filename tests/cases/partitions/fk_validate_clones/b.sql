-- a foreign key added to a filled partitioned table, valid, so every partition's clone is valid too
CREATE TABLE accounts (id int PRIMARY KEY);
CREATE TABLE ledger (id int NOT NULL, account_id int REFERENCES accounts (id), k int NOT NULL) PARTITION BY RANGE (k);
CREATE TABLE ledger_1 PARTITION OF ledger FOR VALUES FROM (0) TO (10);
CREATE TABLE ledger_2 PARTITION OF ledger FOR VALUES FROM (10) TO (20) PARTITION BY RANGE (k);
CREATE TABLE ledger_2a PARTITION OF ledger_2 FOR VALUES FROM (10) TO (15);
