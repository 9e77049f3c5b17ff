INSERT INTO products VALUES (1, 1001, 'bolt'), (2, 1002, 'nut'), (3, 1003, NULL);
INSERT INTO stock VALUES (1, 1001, 5), (2, 1003, 0), (3, NULL, 2);
