-- Two existing tables: a key is added in each direction, closing a cycle between tables that both stay.
CREATE TABLE users (id integer PRIMARY KEY, default_address_id integer);
CREATE TABLE addresses (id integer PRIMARY KEY, user_id integer NOT NULL);
