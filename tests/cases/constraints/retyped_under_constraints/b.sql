CREATE TABLE t (id int PRIMARY KEY, n text CHECK (n > '5'), m bigint, CONSTRAINT m_chk CHECK (m > 0));
CREATE TABLE p (id bigint PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY, pid bigint REFERENCES p);
CREATE INDEX c_pid ON c (pid) INCLUDE (id);
