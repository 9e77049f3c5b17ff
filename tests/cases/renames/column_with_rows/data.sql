INSERT INTO people (id, mail, nick) VALUES (1, 'a@example.com', 'ann'), (2, 'b@example.com', NULL), (3, 'c@example.com', 'cy');
