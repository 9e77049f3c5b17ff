INSERT INTO "Sales Data"."Order" VALUES (1,'y');
