INSERT INTO shirts (id, size) VALUES (1, 'S'), (2, 'L'), (3, 'M');
