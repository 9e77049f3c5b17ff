-- Identity columns: a plain integer column becomes GENERATED ALWAYS with sequence options, a new BY DEFAULT one.
CREATE TABLE events (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE audit (name text NOT NULL);
