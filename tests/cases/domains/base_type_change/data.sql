INSERT INTO ledger VALUES (1, 100, '{1,2}', 'x'), (2, 0, NULL, 'Y'), (3, 2147483647, '{}', 'z');
