INSERT INTO plans (id, every, p) VALUES (1, 'MONTH', 'low'), (2, 'YEAR', 'high');
