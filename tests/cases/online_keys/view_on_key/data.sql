INSERT INTO parents VALUES (1, 'a'), (2, 'b'); INSERT INTO kids VALUES (1, 1), (2, 1), (3, 2), (4, NULL);
