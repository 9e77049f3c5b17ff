INSERT INTO sales VALUES (1, 'north', 'tea', 5), (2, 'south', 'tea', 7);
