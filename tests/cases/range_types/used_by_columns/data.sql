INSERT INTO app.readings VALUES (1, '[1.5,2)', '{[1,2), [3,4)}', ARRAY['[0,1)'::app.floatrange]);
INSERT INTO app.readings VALUES (2, DEFAULT, NULL, NULL);
