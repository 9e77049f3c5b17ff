INSERT INTO limits VALUES ('card', 100);
INSERT INTO payments VALUES (1, 'card', 50);
