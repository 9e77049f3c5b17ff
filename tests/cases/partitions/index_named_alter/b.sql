-- an existing partitioned index gets partitions' indexes with names of their own (replaced); another one keeps
-- PostgreSQL's names but a partition's equal index made first is adopted by the plain CREATE INDEX
CREATE TABLE m (id int NOT NULL, k text) PARTITION BY LIST (k);
CREATE TABLE m_a PARTITION OF m FOR VALUES IN ('a');
CREATE TABLE m_b PARTITION OF m FOR VALUES IN ('b');
CREATE INDEX m_a_own_k ON m_a (k);
CREATE INDEX m_k ON m (k);
CREATE INDEX m_id ON m (id);
CREATE TABLE m_c (id int NOT NULL, k text);
CREATE INDEX m_c_own_id ON m_c (id);
ALTER TABLE m ATTACH PARTITION m_c FOR VALUES IN ('c');
