INSERT INTO app.users (id, email, nick, note, tags) VALUES (1, 'a@x', 'Ann', 'n1', '{x,y}'), (2, 'b@x', 'Bob', NULL, NULL);
