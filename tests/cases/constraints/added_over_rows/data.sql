INSERT INTO accounts VALUES (1, 'a@x', 'eu', NULL), (2, NULL, NULL, 1), (3, NULL, 'us', 1);
INSERT INTO transfers VALUES (1, 2, 1, 10, 'r1', false), (2, NULL, NULL, NULL, 'r1', true), (3, NULL, NULL, 5, 'r1', true);
