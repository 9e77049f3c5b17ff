INSERT INTO visits (id, path) VALUES (1, '/'), (2, '/pricing');
INSERT INTO imports (id, file) VALUES (1, 'a.csv');
