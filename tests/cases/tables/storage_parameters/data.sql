INSERT INTO changed VALUES (1, 'a'), (2, 'b');
INSERT INTO removed VALUES (1, 'a');
