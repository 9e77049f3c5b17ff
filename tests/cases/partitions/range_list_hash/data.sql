INSERT INTO accounts VALUES (1, 'one');
