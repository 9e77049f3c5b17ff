-- The keys using_index/ adds USING INDEX go again (their indexes with them).
CREATE TABLE accounts (id integer NOT NULL, email text, region text, note text);
