-- Type changes whose cast can fail on some values (issue 11: data-dependent, counted from a database), over
-- values that all convert (and read back the same as text): text to integer, bigint to integer, a shorter varchar.
CREATE TABLE items (id integer PRIMARY KEY, code text, qty bigint, label varchar(50), note character varying);
