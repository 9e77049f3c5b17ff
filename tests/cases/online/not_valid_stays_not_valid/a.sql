-- Rule 3 does not apply: the desired constraints are NOT VALID themselves (rows may break them), so they are
-- added NOT VALID and never validated.
CREATE TABLE parents (id integer PRIMARY KEY);
CREATE TABLE children (id integer PRIMARY KEY, parent_id integer, n integer);
