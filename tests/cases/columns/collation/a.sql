-- Column collations: one added ("C"), one changed ("C" -> "POSIX"), one removed.
CREATE TABLE words (id integer PRIMARY KEY, plain text, sorted text COLLATE "C", special varchar(20) COLLATE "POSIX");
