INSERT INTO orders (id, total) VALUES (1, 19.99), (2, 5.00);
INSERT INTO order_items (id, order_id, qty) VALUES (10, 1, 2), (11, 1, 1), (12, 2, 5);
