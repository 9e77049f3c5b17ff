CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE events (id int NOT NULL, customer_id int, k text NOT NULL) PARTITION BY LIST (k);
CREATE TABLE events_a PARTITION OF events FOR VALUES IN ('a');
CREATE TABLE events_b PARTITION OF events FOR VALUES IN ('b');
