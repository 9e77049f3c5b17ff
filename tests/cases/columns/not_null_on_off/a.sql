-- NOT NULL added to a column whose rows are all filled, and removed from another.
CREATE TABLE accounts (id integer PRIMARY KEY, email text, nickname text NOT NULL);
