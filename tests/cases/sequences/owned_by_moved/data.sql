INSERT INTO orders (note) VALUES ('a'), ('b');
INSERT INTO tickets (code) VALUES ('x');
