CREATE TABLE visits (id bigint PRIMARY KEY, path text);
CREATE TABLE imports (id bigint NOT NULL, file text);
