

-- schemaplan-fuzz: to
CREATE SCHEMA "tab	here";
CREATE TYPE "tab	here"."xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" AS ENUM ('x /* star */', 'Äorder', '.semi;colon -- not a comment', 'Ä/* star */');
CREATE DOMAIN "tab	here"."Ädot.ted.name" AS text CONSTRAINT """" CHECK (VALUE <> 'x /* star */');
CREATE TYPE "tab	here"."/* star */" AS ("select" integer, "Mixed Case" text);
CREATE SEQUENCE "tab	here"."""group" START 7;
CREATE COLLATION "tab	here"."user" (provider = icu, locale = 'de-u-co-phonebk');
CREATE TABLE "tab	here"."ÄMixed Case" (
  "from" integer PRIMARY KEY DEFAULT nextval('"tab	here"."""group"'),
  "x naïve café" text NOT NULL DEFAULT '.semi;colon -- not a comment' COLLATE "tab	here"."user",
  ".tab	here" "tab	here"."xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  "end" "tab	here"."Ädot.ted.name",
  "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab" "tab	here"."/* star */",
  CONSTRAINT """" CHECK (length("x naïve café") < 100),
  CONSTRAINT """ padded " UNIQUE ("x naïve café", ".tab	here")
);
ALTER SEQUENCE "tab	here"."""group" OWNED BY "tab	here"."ÄMixed Case"."from";
CREATE TABLE "tab	here"."ämIXED cASE" ("from" bigint PRIMARY KEY);
CREATE TABLE "tab	here"."order" (
  "from" integer PRIMARY KEY,
  "naïve café" integer CONSTRAINT ".user" REFERENCES "tab	here"."ÄMixed Case" ("from") ON DELETE CASCADE,
  "NAÏVE CAFÉ" text
);
CREATE TABLE "tab	here"."long_ßßßßßßßßßßßßßßßßßßßßßßßßßßßßßß2" ("shared_prefix_üüüüüüüüüüüüüüüüüüüü_alpha" integer UNIQUE, "shared_prefix_üüüüüüüüüüüüüüüüüüüü_beta" integer UNIQUE);
CREATE INDEX """/* star */" ON "tab	here"."ÄMixed Case" ("x naïve café", "from") WHERE ".tab	here" IS NOT NULL;
CREATE STATISTICS "tab	here"."x with ""quotes""" ON "x naïve café", ".tab	here" FROM "tab	here"."ÄMixed Case";
CREATE VIEW "tab	here"."limit" AS SELECT "from", "x naïve café" AS "naïve café" FROM "tab	here"."ÄMixed Case";
CREATE MATERIALIZED VIEW "tab	here"."default" AS SELECT "from" FROM "tab	here"."order";
CREATE FUNCTION "tab	here".".select"("""semi;colon -- not a comment" integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT """semi;colon -- not a comment" + 2 $$;
CREATE FUNCTION "tab	here"."was -- schemaplan:renamed-from x"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE PROCEDURE "tab	here"."Äend"("""semi;colon -- not a comment" text) LANGUAGE sql AS $$ SELECT """semi;colon -- not a comment" $$;
CREATE TRIGGER """back\slash" BEFORE INSERT ON "tab	here"."ÄMixed Case" FOR EACH ROW EXECUTE FUNCTION "tab	here"."was -- schemaplan:renamed-from x"();
ALTER TABLE "tab	here"."ÄMixed Case" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "x éééééééééééééééééééééééééééééééééééééééé" ON "tab	here"."ÄMixed Case" USING ("from" > 0);
CREATE RULE "x dot.ted.name" AS ON DELETE TO "tab	here"."order" DO INSTEAD NOTHING;
CREATE TEXT SEARCH CONFIGURATION "tab	here"." padded " (COPY = pg_catalog.simple);
CREATE PUBLICATION "x semi;colon -- not a comment" FOR TABLE "tab	here"."order";
CREATE AGGREGATE "tab	here"."semi;colon -- not a comment"(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
CREATE TYPE "tab	here"."./* star */" AS RANGE (SUBTYPE = integer);
CREATE FOREIGN DATA WRAPPER ".xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
CREATE SERVER "x üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab" FOREIGN DATA WRAPPER ".xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";
CREATE FOREIGN TABLE "tab	here"."🐘 elephant" ("from" integer, "x naïve café" text) SERVER "x üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab";
CREATE FUNCTION "tab	here"."Äwas -- schemaplan:renamed-from x"() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER "Äwas -- schemaplan:renamed-from x" ON ddl_command_end EXECUTE FUNCTION "tab	here"."Äwas -- schemaplan:renamed-from x"();
COMMENT ON TABLE "tab	here"."ÄMixed Case" IS 'comment on ÄMixed Case';
COMMENT ON COLUMN "tab	here"."ÄMixed Case"."x naïve café" IS 'x naïve café';
COMMENT ON FUNCTION "tab	here".".select"(integer) IS '.select';
GRANT SELECT ("x naïve café") ON "tab	here"."ÄMixed Case" TO readonly_user;
GRANT USAGE ON SCHEMA "tab	here" TO app_user;
ALTER TABLE "tab	here"."order" ADD COLUMN "line
break" text DEFAULT 'line
break';
CREATE INDEX "table" ON "tab	here"."order" ("line
break");
COMMENT ON COLUMN "tab	here"."order"."line
break" IS 'line
break';
