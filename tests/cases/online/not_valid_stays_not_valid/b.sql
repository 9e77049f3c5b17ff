CREATE TABLE parents (id integer PRIMARY KEY);
CREATE TABLE children (id integer PRIMARY KEY, parent_id integer, n integer);
ALTER TABLE children ADD CONSTRAINT children_n_check CHECK (n > 0) NOT VALID;
ALTER TABLE children ADD CONSTRAINT children_parent_fk FOREIGN KEY (parent_id) REFERENCES parents (id) NOT VALID;
