CREATE TABLE parents (id bigint PRIMARY KEY, name text);
CREATE TABLE kids (id integer PRIMARY KEY, parent_id bigint REFERENCES parents (id));
CREATE VIEW family AS SELECT p.id, p.name, k.id AS kid FROM parents p JOIN kids k ON k.parent_id = p.id;
