CREATE TABLE customers (name text NOT NULL, id bigserial PRIMARY KEY);
CREATE TABLE notes (id serial PRIMARY KEY, rank smallserial, body text);
