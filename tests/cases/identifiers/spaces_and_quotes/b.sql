CREATE SCHEMA "my schema";
CREATE TABLE "order items" ("item id" integer PRIMARY KEY, "say ""hi""" varchar(200) NOT NULL DEFAULT 'it''s "quoted"', "a.b" integer, "1st" boolean);
CREATE TABLE "my schema"."weird ""table""" ("id" integer PRIMARY KEY, "ref" integer REFERENCES "order items" ("item id"));
CREATE INDEX "idx with space" ON "order items" ("say ""hi""") WHERE "a.b" > 0;
CREATE SEQUENCE "my schema"."seq ""q""";
CREATE TYPE "my schema"."enum type" AS ENUM ('a b', 'c');
ALTER TABLE "order items" ADD CONSTRAINT "check ""x""" CHECK ("a.b" <> 13);
COMMENT ON TABLE "my schema"."weird ""table""" IS 'has "quotes"';
