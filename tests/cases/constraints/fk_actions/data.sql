INSERT INTO users (id) VALUES (0), (1), (2);
INSERT INTO teams (id) VALUES (1);
INSERT INTO posts (id, author_id, editor_id, team_id, reviewer_id) VALUES (1, 1, 2, 1, 0), (2, 2, NULL, NULL, NULL);
