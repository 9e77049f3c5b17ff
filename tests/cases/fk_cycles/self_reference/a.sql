-- A table that refers to itself (categories tree) is created next to an existing one; a second self key added.
CREATE TABLE comments (id integer PRIMARY KEY, reply_to integer);
