INSERT INTO parents (name) VALUES ('p1'), ('p2'), ('p3'), ('p4'), ('p5');
INSERT INTO orders VALUES (1, 1, 'a'), (2, 1, 'b'), (3, 2, NULL), (4, 5, 'd');
INSERT INTO notes VALUES (1, 1, 'x'), (2, NULL, 'orphan-free null'), (3, 4, 'y');
