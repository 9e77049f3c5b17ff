INSERT INTO stock VALUES (1, 2.5, 'a', true), (2, 0, 'b', false);
