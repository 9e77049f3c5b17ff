-- Columns retyped under constraints: a CHECK whose expression changes with the type (dropped before, added
-- after), one PostgreSQL re-checks itself, a foreign key whose two ends widen together (with an index on it).
CREATE TABLE t (id int PRIMARY KEY, n int CHECK (n > 5), m int, CONSTRAINT m_chk CHECK (m > 0));
CREATE TABLE p (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, pid int REFERENCES p);
CREATE INDEX c_pid ON c (pid);
