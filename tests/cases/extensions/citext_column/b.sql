CREATE EXTENSION citext;
CREATE TABLE users (id bigint PRIMARY KEY, email citext NOT NULL);
CREATE UNIQUE INDEX users_email_key ON users (email);
