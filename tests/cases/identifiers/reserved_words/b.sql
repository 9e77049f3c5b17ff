CREATE SCHEMA "table";
CREATE TYPE "table"."check" AS ENUM ('null', 'default', 'end');
CREATE TABLE "user" (id integer PRIMARY KEY, "select" varchar(20), "from" date, "limit" integer DEFAULT 10);
CREATE TABLE "order" (
  "primary" integer PRIMARY KEY,
  "user" integer REFERENCES "user" (id),
  "default" "table"."check" NOT NULL DEFAULT 'default',
  "group" text,
  CONSTRAINT "unique" UNIQUE ("group")
);
CREATE INDEX "index" ON "order" ("user", "default");
CREATE SEQUENCE "table"."sequence";
COMMENT ON COLUMN "order"."group" IS 'reserved';
