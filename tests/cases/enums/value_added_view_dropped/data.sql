INSERT INTO observations (id, type, name) VALUES (1, 'SPAN', 'a'), (2, 'GENERATION', 'b');
