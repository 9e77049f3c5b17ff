INSERT INTO events (id, kind, at, note) VALUES (1, 'a', '2024-05-01', 'n'), (2, 'b', '2025-05-01', NULL), (3, 'c', '2030-01-01', NULL);
