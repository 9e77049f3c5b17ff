INSERT INTO accounts VALUES (1, 'postgres'), (2, 'app_user');
INSERT INTO ledger VALUES (1, 10.5);
