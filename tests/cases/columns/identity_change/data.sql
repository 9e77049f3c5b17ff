INSERT INTO tickets (title) VALUES ('first'), ('second');
INSERT INTO counters (label) VALUES ('a');
INSERT INTO plain (v) VALUES ('p');
