-- Rule 6 for keys with a view over both swapped columns: the cascade drops the view just before the first swap
-- and creates it again right after the last, one transaction; the foreign key's VALIDATE comes after it.
CREATE TABLE parents (id integer PRIMARY KEY, name text);
CREATE TABLE kids (id integer PRIMARY KEY, parent_id integer REFERENCES parents (id));
CREATE VIEW family AS SELECT p.id, p.name, k.id AS kid FROM parents p JOIN kids k ON k.parent_id = p.id;
