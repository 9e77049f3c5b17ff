CREATE TABLE unrelated (id integer PRIMARY KEY);

-- schemaplan-fuzz: to
-- A three-table cycle a -> b -> c -> a, written in creation-impossible order.
CREATE TABLE unrelated (id integer PRIMARY KEY);
CREATE TABLE cyc_a (id integer PRIMARY KEY, b_id integer);
CREATE TABLE cyc_b (id integer PRIMARY KEY, c_id integer);
CREATE TABLE cyc_c (id integer PRIMARY KEY, a_id integer REFERENCES cyc_a (id));
ALTER TABLE cyc_a ADD CONSTRAINT cyc_a_b_fk FOREIGN KEY (b_id) REFERENCES cyc_b (id);
ALTER TABLE cyc_b ADD CONSTRAINT cyc_b_c_fk FOREIGN KEY (c_id) REFERENCES cyc_c (id);
