CREATE TYPE st AS ENUM ('b', 'a');
CREATE TABLE t (id int PRIMARY KEY, s st, s2 st[] DEFAULT '{b}');
CREATE INDEX t_s ON t (id) WHERE s = 'a';
CREATE INDEX t_s_plain ON t (s);
ALTER TABLE t ADD CONSTRAINT s_chk CHECK (s <> 'b' OR id > 1);
