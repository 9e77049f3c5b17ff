CREATE TABLE base (id integer, v text DEFAULT 'b');
CREATE TABLE child (extra integer) INHERITS (base);
