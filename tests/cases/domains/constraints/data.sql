INSERT INTO items VALUES (1, 'abc', 10), (2, 'xyz', NULL), (3, 'q', 50);
