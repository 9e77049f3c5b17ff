-- nested composite types over a domain and an enum, used by new columns (one an array)
CREATE TYPE currency AS ENUM ('EUR', 'USD');
CREATE DOMAIN cents AS bigint CHECK (VALUE >= 0);
CREATE TYPE money2 AS (amount cents, cur currency);
CREATE TYPE line AS (sku text, price money2, qty int);
CREATE TABLE orders (id int PRIMARY KEY, total money2, lines line[]);
