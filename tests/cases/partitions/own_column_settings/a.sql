CREATE TABLE events (id integer NOT NULL, kind text DEFAULT 'x', at date, note text) PARTITION BY RANGE (at);
