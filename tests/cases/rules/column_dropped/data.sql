INSERT INTO orders VALUES (1, 'new', 'fragile'), (2, 'paid', NULL);
