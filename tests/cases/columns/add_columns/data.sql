INSERT INTO products (id, name) VALUES (1, 'T-shirt'), (2, 'Mug'), (3, 'Sticker');
