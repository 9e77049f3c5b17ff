CREATE TYPE size AS ENUM ('S', 'M', 'L');
CREATE TABLE shirts (id integer PRIMARY KEY, size size NOT NULL);
