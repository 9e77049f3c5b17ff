INSERT INTO "User" ("id", "email") VALUES ('u1', 'a@x.io'), ('u2', 'b@x.io');
