INSERT INTO orders_eu VALUES (1, 'eu'), (3, 'eu');
INSERT INTO orders_us VALUES (2, 'us');
INSERT INTO orders_asia VALUES (5, 'asia', 'x');
