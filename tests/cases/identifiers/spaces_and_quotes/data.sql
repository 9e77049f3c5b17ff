INSERT INTO "order items" ("item id", "say ""hi""") VALUES (1, 'hello'), (2, 'world');
