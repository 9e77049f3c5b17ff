INSERT INTO accounts VALUES (1, 50, NULL), (2, 150, 'x'), (3, 1000, NULL);
INSERT INTO people VALUES (1, 'a@x', NULL), (2, NULL, 'n');
