-- A new table with most column features at once next to an untouched one.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
