INSERT INTO words VALUES (1, 'supernova 12345'), (2, 'crab');
