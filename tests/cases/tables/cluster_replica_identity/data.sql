INSERT INTO orders VALUES (1, 'a', '2025-01-01');
INSERT INTO logs VALUES (1, now());
