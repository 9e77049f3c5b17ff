-- A schema as a folder of files, read in sorted path order (a sub-folder included).
CREATE TABLE users (id integer PRIMARY KEY, email text NOT NULL);
