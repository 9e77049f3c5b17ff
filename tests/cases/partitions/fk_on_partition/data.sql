INSERT INTO customers VALUES (1), (2);
INSERT INTO events VALUES (1, 1, 'a'), (2, 2, 'b'), (3, NULL, 'a');
