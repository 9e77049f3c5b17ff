INSERT INTO msgs (id, tone) VALUES (1, 'it''s'), (2, 'UPPER');
