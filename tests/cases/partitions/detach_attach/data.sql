INSERT INTO orders_eu VALUES (1, 'eu', '2024-01-01'), (3, 'eu', NULL);
INSERT INTO orders_us VALUES (2, 'us', NULL);
INSERT INTO orders_asia VALUES (5, 'asia', NULL, 'x');
INSERT INTO orders_africa VALUES (6, 'africa', '2024-02-02');
