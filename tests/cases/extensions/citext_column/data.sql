INSERT INTO users (id, email) VALUES (1, 'ada@example.com'), (2, 'Grace@Example.com');
