INSERT INTO "user" (id, "select") VALUES (1, 'x'), (2, NULL);
