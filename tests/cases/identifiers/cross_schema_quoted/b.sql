CREATE SCHEMA "Sales Data";
CREATE TABLE "Sales Data"."Order" ("Id" int PRIMARY KEY, "select" text NOT NULL DEFAULT 'x', "Größe" numeric(5,1));
CREATE TABLE "user" ("order" int REFERENCES "Sales Data"."Order" ON DELETE CASCADE, "Ä""q" text);
CREATE INDEX "Idx Ä" ON "user" ("Ä""q");
CREATE TYPE "Sales Data"."Mood ""x""" AS ENUM ('it''s', 'Ä');
ALTER TABLE "user" ADD COLUMN m "Sales Data"."Mood ""x"""[];
COMMENT ON COLUMN "user"."Ä""q" IS 'q';
