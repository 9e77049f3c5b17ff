INSERT INTO documents VALUES (1, 'app_user', 'a'), (2, 'someone', 'b');
INSERT INTO notes VALUES (1, 'n');
