INSERT INTO orders VALUES (1, 50, 'small'), (2, 500, 'big'), (3, 1000, NULL);
