INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x'); INSERT INTO sessions VALUES (1, 1), (2, 1), (3, 2);
