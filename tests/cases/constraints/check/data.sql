INSERT INTO payments (id, amount, fee, currency, refunded) VALUES (1, 10.00, 0.30, 'usd', NULL), (2, 25.50, 0.80, 'eur', 5.00);
