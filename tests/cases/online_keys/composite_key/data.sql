INSERT INTO accounts VALUES (1, 1, 'a'), (1, 2, 'b'), (2, 1, 'c');
INSERT INTO entries VALUES (1, 1, 1, 10.50), (2, 1, 2, 3.00), (3, 2, 1, 7.25);
