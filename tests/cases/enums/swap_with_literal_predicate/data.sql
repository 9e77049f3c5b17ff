INSERT INTO t VALUES (1, 'a', '{a,b}'), (2, 'b', DEFAULT);
