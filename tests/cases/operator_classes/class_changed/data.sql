INSERT INTO prices VALUES (1, ROW(10, 'EUR')), (2, ROW(5, 'USD'));
