CREATE TABLE base (
  id int NOT NULL,
  created date DEFAULT '2020-01-01',
  CONSTRAINT base_id_positive CHECK (id > 0)
);
CREATE TABLE child_a (note text) INHERITS (base);
CREATE TABLE child_b (id int NOT NULL, created date DEFAULT '2020-01-01', extra text);

-- schemaplan-fuzz: to
CREATE TABLE base (
  id int NOT NULL,
  created date DEFAULT '2020-01-01',
  CONSTRAINT base_id_positive CHECK (id > 0)
);
-- child_a stops inheriting (keeping its columns and rows), child_b starts
CREATE TABLE child_a (id int NOT NULL, created date DEFAULT '2020-01-01', note text);
CREATE TABLE child_b (extra text) INHERITS (base);
