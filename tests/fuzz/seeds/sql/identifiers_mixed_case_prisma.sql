-- Prisma-style quoted camelCase names: tables "User"/"Post", columns "userId", "createdAt", indexes and keys.
CREATE TABLE "User" ("id" text NOT NULL, "email" text NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));

-- schemaplan-fuzz: to
CREATE TABLE "User" (
  "id" text NOT NULL,
  "email" text NOT NULL,
  "displayName" varchar(80),
  "createdAt" timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Post" (
  "id" text NOT NULL,
  "userId" text NOT NULL,
  "publishedAt" timestamp(3),
  CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "Post_userId_publishedAt_idx" ON "Post"("userId", "publishedAt" DESC);
ALTER TABLE "Post" ADD CONSTRAINT "Post_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
