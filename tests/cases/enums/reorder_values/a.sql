-- Values reordered (sort order matters to ORDER BY and comparisons): a type swap keeps every row.
CREATE TYPE size AS ENUM ('L', 'M', 'S');
CREATE TABLE shirts (id integer PRIMARY KEY, size size NOT NULL);
