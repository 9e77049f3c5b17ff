-- New NOT NULL columns with defaults on a table holding rows (the Prisma "required field with default").
CREATE TABLE "Order" (id text PRIMARY KEY, "userId" text NOT NULL);
