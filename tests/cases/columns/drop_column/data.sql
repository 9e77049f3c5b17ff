INSERT INTO users (id, email, legacy_password_md5) VALUES (1, 'a@example.com', NULL), (2, 'b@example.com', NULL);
