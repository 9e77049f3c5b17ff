INSERT INTO orders (id, status) VALUES (1, 'PENDING'), (2, 'PAID'), (3, 'SHIPPED');
