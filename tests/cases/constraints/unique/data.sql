INSERT INTO users (id, email, phone, username, tenant_id, external_id) VALUES (1, 'a@x.io', '+1', 'a', 1, 'e1'), (2, 'b@x.io', NULL, 'b', 2, 'e2');
