INSERT INTO parents (id) VALUES (1);
INSERT INTO children (id, parent_id, n) VALUES (1, 1, 5), (2, 99, -1);
