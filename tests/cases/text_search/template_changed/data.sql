INSERT INTO posts VALUES (1, 'the running foxes');
