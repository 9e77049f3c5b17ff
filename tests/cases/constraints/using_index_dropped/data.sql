INSERT INTO accounts (id, email, region, note) VALUES (1, 'a@x', 'eu', 'n1'), (2, 'b@x', NULL, 'n2');
