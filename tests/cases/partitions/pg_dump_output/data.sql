INSERT INTO ev VALUES (1, '2024-03-01', 'a'), (2, '2024-04-01', 'b');
INSERT INTO m VALUES (1, 'a'), (2, 'b');
