-- roundtrip: any order
-- The index file sorts before the table files it indexes.
CREATE INDEX orders_user_id_idx ON orders (user_id);
CREATE UNIQUE INDEX users_email_key ON users (email);
