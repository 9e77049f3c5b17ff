INSERT INTO t VALUES (1, 7, 'abc');
