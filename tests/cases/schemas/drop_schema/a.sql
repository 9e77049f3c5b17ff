-- A schema and everything in it goes away; public stays.
CREATE SCHEMA archive;
CREATE TYPE archive.reason AS ENUM ('expired', 'cancelled');
CREATE SEQUENCE archive.batch_seq;
CREATE TABLE archive.old_orders (id bigint PRIMARY KEY, reason archive.reason NOT NULL, batch bigint DEFAULT nextval('archive.batch_seq'));
CREATE TABLE orders (id bigint PRIMARY KEY);
