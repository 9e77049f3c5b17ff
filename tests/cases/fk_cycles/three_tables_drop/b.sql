CREATE TABLE unrelated (id integer PRIMARY KEY);
