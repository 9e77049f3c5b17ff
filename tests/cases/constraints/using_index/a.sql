CREATE TABLE accounts (id integer NOT NULL, email text, region text, note text);
