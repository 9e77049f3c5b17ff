CREATE TABLE words (id integer PRIMARY KEY, plain text COLLATE "C", sorted text COLLATE "POSIX", special varchar(20));
