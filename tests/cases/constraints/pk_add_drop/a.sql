-- A primary key added to one table (inline, implicit name) and dropped from another.
CREATE TABLE visits (id bigint NOT NULL, path text);
CREATE TABLE imports (id bigint CONSTRAINT imports_pk PRIMARY KEY, file text);
