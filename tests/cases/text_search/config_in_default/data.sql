INSERT INTO articles (id, body) VALUES (1, 'x');
