INSERT INTO items VALUES (1, '12', 2147483647, 'short', 'abc'), (2, '-7', -2147483648, 'ten chars!', NULL), (3, NULL, NULL, NULL, 'five ');
