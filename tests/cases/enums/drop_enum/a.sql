-- An enum dropped together with the column using it.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE unused AS ENUM ('x');
CREATE TABLE people (id integer PRIMARY KEY, current_mood mood);
