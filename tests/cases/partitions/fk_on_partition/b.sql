-- a foreign key on one partition's inherited column, another on the partitioned table (cloned on each partition)
CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE accounts (id int PRIMARY KEY);
CREATE TABLE events (id int NOT NULL, customer_id int, account_id int, k text NOT NULL) PARTITION BY LIST (k);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');
ALTER TABLE events_a ADD CONSTRAINT events_a_customer_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE events ADD CONSTRAINT events_account_fkey FOREIGN KEY (account_id) REFERENCES accounts (id);
