CREATE TYPE money2 AS (amount numeric, currency text);
CREATE TABLE prices (id int PRIMARY KEY, price money2);
