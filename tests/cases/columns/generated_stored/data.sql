INSERT INTO order_lines (id, unit_cents, qty) VALUES (1, 250, 4), (2, 100, 12);
