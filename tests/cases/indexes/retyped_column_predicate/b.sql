CREATE TABLE t (id bigint PRIMARY KEY, n text DEFAULT '0', s text UNIQUE);
CREATE INDEX t_n ON t (n) WHERE n > '5';
