-- An enum swap under an index predicate and a CHECK comparing the column with a literal of the enum: renamed
-- away, the old type's literals cannot be carried to the new type, so both are dropped and added again around it
-- (the plain index on the column is rebuilt by ALTER COLUMN TYPE itself).
CREATE TYPE st AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id int PRIMARY KEY, s st, s2 st[] DEFAULT '{b}');
CREATE INDEX t_s ON t (id) WHERE s = 'a';
CREATE INDEX t_s_plain ON t (s);
ALTER TABLE t ADD CONSTRAINT s_chk CHECK (s <> 'b' OR id > 1);
