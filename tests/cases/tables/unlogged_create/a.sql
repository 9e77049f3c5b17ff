-- A new UNLOGGED table for a cache (with an identity column: its sequence is unlogged too).
CREATE TABLE products (id bigint PRIMARY KEY);
