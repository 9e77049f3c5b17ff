-- An inheriting table's own default and NOT NULL on columns of its parent, as pg_dump writes them.
CREATE TABLE base (id integer, v text DEFAULT 'b');
CREATE TABLE child (extra integer) INHERITS (base);
ALTER TABLE ONLY child ALTER COLUMN v SET DEFAULT 'c';
ALTER TABLE ONLY child ALTER COLUMN id SET NOT NULL;
