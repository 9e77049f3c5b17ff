INSERT INTO accounts VALUES (1, 'a@example.com', true), (2, 'b@example.com', false);
