CREATE SCHEMA "日本";
CREATE TYPE "日本"."状態" AS ENUM ('有効', '無効');
CREATE TABLE café (id integer PRIMARY KEY, crème varchar(50), "Prénom" text);
CREATE TABLE "日本"."顧客" (
  "番号" integer PRIMARY KEY,
  "名前" text NOT NULL,
  "状態" "日本"."状態" NOT NULL DEFAULT '有効',
  "café_id" integer REFERENCES café (id)
);
CREATE INDEX "顧客_名前_idx" ON "日本"."顧客" ("名前");
COMMENT ON TABLE "日本"."顧客" IS '顧客マスタ';
