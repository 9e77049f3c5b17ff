INSERT INTO events (id, kind, at) VALUES (1, 'click', '2024-01-01 00:00:00+00'), (2, 'noise', '2024-01-02 00:00:00+00'), (3, 'view', '2024-01-03 00:00:00+00');
