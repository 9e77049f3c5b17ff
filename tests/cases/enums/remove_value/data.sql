INSERT INTO payments (id, status, previous) VALUES (1, 'pending', NULL), (2, 'succeeded', '{pending,processing}'), (3, 'failed', '{}');
