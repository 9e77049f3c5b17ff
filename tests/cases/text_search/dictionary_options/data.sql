INSERT INTO notes VALUES (1, 'call 123456 or 42'), (2, 'the answer');
