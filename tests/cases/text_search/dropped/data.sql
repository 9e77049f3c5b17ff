INSERT INTO docs (id, body) VALUES (1, 'The quick brown foxes jumped'), (2, 'Lazy dogs sleep');
