INSERT INTO words (id, plain, sorted, special) VALUES (1, 'b', 'B', 'x'), (2, 'a', 'a', NULL);
