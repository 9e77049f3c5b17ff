INSERT INTO docs (id, title, body) VALUES (1, 'Running foxes', 'quick brown foxes jumped'), (2, 'Sleeping dogs', NULL);
