CREATE TYPE old_pair AS (a int, b int);
CREATE TABLE orders (id int PRIMARY KEY);
