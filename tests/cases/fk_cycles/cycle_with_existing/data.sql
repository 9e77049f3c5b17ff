INSERT INTO users (id, default_address_id) VALUES (1, 10), (2, NULL);
INSERT INTO addresses (id, user_id) VALUES (10, 1), (11, 2);
