INSERT INTO payments (id, amount, currency) VALUES (1, 10.00, 'usd'), (2, 25.50, 'eur'), (3, 0.01, 'gbp');
