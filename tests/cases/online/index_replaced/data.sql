INSERT INTO events (id, kind, at) VALUES (1, 'login', '2024-01-01 10:00:00+00'), (2, 'debug', '2024-01-01 11:00:00+00');
