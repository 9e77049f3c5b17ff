INSERT INTO documents VALUES (1, 'app_user', 'a'), (2, 'someone', 'b');
