CREATE TABLE users (id integer PRIMARY KEY, default_address_id integer);
CREATE TABLE addresses (id integer PRIMARY KEY, user_id integer NOT NULL REFERENCES users (id));
ALTER TABLE users ADD CONSTRAINT users_default_address_fk FOREIGN KEY (default_address_id) REFERENCES addresses (id);
