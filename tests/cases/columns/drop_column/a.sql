-- A column is dropped; the other columns' rows stay.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, legacy_password_md5 char(32));
