INSERT INTO events VALUES (1, '2023-05-01', 'a'), (2, '2024-02-02', 'b'), (3, '2024-12-31', NULL);
