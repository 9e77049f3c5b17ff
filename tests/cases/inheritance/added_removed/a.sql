CREATE TABLE base (
  id int NOT NULL,
  created date DEFAULT '2020-01-01',
  CONSTRAINT base_id_positive CHECK (id > 0)
);
CREATE TABLE child_a (note text) INHERITS (base);
CREATE TABLE child_b (id int NOT NULL, created date DEFAULT '2020-01-01', extra text);
