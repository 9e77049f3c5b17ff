INSERT INTO docs (id, title, body, tags, score, kind) VALUES (1, 't', 'b', '{a}', 1.5, 2);
