INSERT INTO offers VALUES (1, ROW(10, 'EUR'), ROW(5, 'EUR')), (2, ROW(20, 'USD'), ROW(1, 'USD'));
