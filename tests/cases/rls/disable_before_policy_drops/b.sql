CREATE TABLE documents (id bigint PRIMARY KEY, owner_name text NOT NULL, body text);
