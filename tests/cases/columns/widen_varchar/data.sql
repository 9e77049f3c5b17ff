INSERT INTO customers (id, name, city, notes) VALUES (1, 'Ada Lovelace', 'London', 'first'), (2, 'Grace Hopper', NULL, NULL);
