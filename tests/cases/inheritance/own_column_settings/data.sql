INSERT INTO child (id, v, extra) VALUES (1, 'x', 2);
