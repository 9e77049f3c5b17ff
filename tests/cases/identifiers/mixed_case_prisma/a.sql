-- Prisma-style quoted camelCase names: tables "User"/"Post", columns "userId", "createdAt", indexes and keys.
CREATE TABLE "User" ("id" text NOT NULL, "email" text NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
