INSERT INTO readings VALUES (1, 10, 1, 'a'), (2, 10, 1, 'b'), (3, 11, 2, 'c');
