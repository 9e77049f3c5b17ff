INSERT INTO child_a VALUES (2, '2022-01-01', 'n');
INSERT INTO child_b VALUES (3, '2023-01-01', 'e');
