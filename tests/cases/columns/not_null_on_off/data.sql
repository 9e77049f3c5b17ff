INSERT INTO accounts (id, email, nickname) VALUES (1, 'x@example.com', 'x'), (2, 'y@example.com', 'y');
