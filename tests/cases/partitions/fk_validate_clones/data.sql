INSERT INTO accounts VALUES (1), (2);
INSERT INTO ledger VALUES (1, 1, 1), (2, 2, 12), (3, NULL, 5);
