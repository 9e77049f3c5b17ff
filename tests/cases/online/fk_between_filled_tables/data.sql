INSERT INTO customers (id, referred_by) VALUES (1, NULL), (2, 1), (3, 2);
INSERT INTO orders (id, customer_id) VALUES (10, 1), (11, 1), (12, 3);
