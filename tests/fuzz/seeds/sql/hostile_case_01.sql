CREATE SCHEMA "from";
CREATE TYPE "from"."back\slash" AS ENUM ('.select', 'primary', 'x group');
CREATE DOMAIN "from"."x with ""quotes""" AS text CONSTRAINT " padded " CHECK (VALUE <> '.select');
CREATE TYPE "from"."semi;colon -- not a comment" AS ("名前" integer, "limit" text);
CREATE SEQUENCE "from"."naïve café" START 7;
CREATE COLLATION "from"."x semi;colon -- not a comment" (provider = icu, locale = 'de-u-co-phonebk');
CREATE TABLE "from"."tab	here" (
  "was -- schemaplan:renamed-from x" integer PRIMARY KEY DEFAULT nextval('"from"."naïve café"'),
  "table" text NOT NULL DEFAULT 'primary' COLLATE "from"."x semi;colon -- not a comment",
  ".dot.ted.name" "from"."back\slash",
  """naïve café" "from"."x with ""quotes""",
  "/* star */" "from"."semi;colon -- not a comment",
  CONSTRAINT " padded " CHECK (length("table") < 100),
  CONSTRAINT "Ädot.ted.name" UNIQUE ("table", ".dot.ted.name")
);
ALTER SEQUENCE "from"."naïve café" OWNED BY "from"."tab	here"."was -- schemaplan:renamed-from x";
CREATE TABLE "from"."TAB	HERE" ("was -- schemaplan:renamed-from x" bigint PRIMARY KEY);
CREATE TABLE "from"."""/* star */" (
  "was -- schemaplan:renamed-from x" integer PRIMARY KEY,
  ".🐘 elephant" integer CONSTRAINT "{braces} %s $1" REFERENCES "from"."tab	here" ("was -- schemaplan:renamed-from x") ON DELETE CASCADE,
  ".🐘 ELEPHANT" text
);
CREATE TABLE "from"."long_ßßßßßßßßßßßßßßßßßßßßßßßßßßßßßß1" ("shared_prefix_üüüüüüüüüüüüüüüüüüüü_alpha" integer UNIQUE, "shared_prefix_üüüüüüüüüüüüüüüüüüüü_beta" integer UNIQUE);
CREATE INDEX "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab" ON "from"."tab	here" ("table" DESC) WHERE ".dot.ted.name" IS NOT NULL;
CREATE STATISTICS "from"."x select" ON "table", ".dot.ted.name" FROM "from"."tab	here";
CREATE VIEW "from"."line
break" AS SELECT "was -- schemaplan:renamed-from x", "table" AS ".🐘 elephant" FROM "from"."tab	here";
CREATE MATERIALIZED VIEW "from"."""order" AS SELECT "was -- schemaplan:renamed-from x" FROM "from"."""/* star */";
CREATE FUNCTION "from"."."""("x from" integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT "x from" + 1 $$;
CREATE FUNCTION "from"."Äprimary"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE PROCEDURE "from".""""("x from" text) LANGUAGE sql AS $$ SELECT "x from" $$;
CREATE TRIGGER "Äxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" BEFORE INSERT ON "from"."tab	here" FOR EACH ROW EXECUTE FUNCTION "from"."Äprimary"();
ALTER TABLE "from"."tab	here" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "default" ON "from"."tab	here" USING ("was -- schemaplan:renamed-from x" > 0);
CREATE RULE """tab	here" AS ON DELETE TO "from"."""/* star */" DO INSTEAD NOTHING;
CREATE TEXT SEARCH CONFIGURATION "from"."éééééééééééééééééééééééééééééééééééééééé" (COPY = pg_catalog.simple);
CREATE PUBLICATION "user" FOR TABLE "from"."""/* star */";
CREATE AGGREGATE "from".".{braces} %s $1"(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
CREATE TYPE "from"."Äit's" AS RANGE (SUBTYPE = integer);
CREATE FOREIGN DATA WRAPPER ".limit";
CREATE SERVER """from" FOREIGN DATA WRAPPER ".limit";
CREATE FOREIGN TABLE "from"."x {braces} %s $1" ("was -- schemaplan:renamed-from x" integer, "table" text) SERVER """from";
CREATE FUNCTION "from"."it's"() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER "it's" ON ddl_command_end EXECUTE FUNCTION "from"."it's"();
COMMENT ON TABLE "from"."tab	here" IS 'comment on tab	here';
COMMENT ON COLUMN "from"."tab	here"."table" IS 'table';
COMMENT ON FUNCTION "from"."."""(integer) IS '."';
GRANT SELECT ("table") ON "from"."tab	here" TO readonly_user;
GRANT USAGE ON SCHEMA "from" TO app_user;

-- schemaplan-fuzz: to
CREATE SCHEMA "from";
CREATE TYPE "from"."back\slash" AS ENUM ('.select', 'primary', 'x group', 'Ächeck');
CREATE DOMAIN "from"."x with ""quotes""" AS text CONSTRAINT " padded " CHECK (VALUE <> '.select');
CREATE TYPE "from"."semi;colon -- not a comment" AS ("名前" integer, "limit" text);
CREATE SEQUENCE "from"."naïve café" START 7;
CREATE COLLATION "from"."x semi;colon -- not a comment" (provider = icu, locale = 'de-u-co-phonebk');
CREATE TABLE "from"."tab	here" (
  "was -- schemaplan:renamed-from x" integer PRIMARY KEY DEFAULT nextval('"from"."naïve café"'),
  "table" text NOT NULL DEFAULT 'x group' COLLATE "from"."x semi;colon -- not a comment",
  ".dot.ted.name" "from"."back\slash",
  "/* star */" "from"."semi;colon -- not a comment",
  CONSTRAINT " padded " CHECK (length("table") < 100),
  CONSTRAINT "Ädot.ted.name" UNIQUE ("table", ".dot.ted.name")
);
ALTER SEQUENCE "from"."naïve café" OWNED BY "from"."tab	here"."was -- schemaplan:renamed-from x";
CREATE TABLE "from"."""/* star */" (
  "was -- schemaplan:renamed-from x" integer PRIMARY KEY,
  ".🐘 elephant" integer CONSTRAINT "{braces} %s $1" REFERENCES "from"."tab	here" ("was -- schemaplan:renamed-from x") ON DELETE CASCADE,
  ".🐘 ELEPHANT" text
);
CREATE TABLE "from"."long_ßßßßßßßßßßßßßßßßßßßßßßßßßßßßßß1" ("shared_prefix_üüüüüüüüüüüüüüüüüüüü_alpha" integer UNIQUE, "shared_prefix_üüüüüüüüüüüüüüüüüüüü_beta" integer UNIQUE);
CREATE INDEX "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab" ON "from"."tab	here" ("table", "was -- schemaplan:renamed-from x") WHERE ".dot.ted.name" IS NOT NULL;
CREATE STATISTICS "from"."x select" ON "table", ".dot.ted.name" FROM "from"."tab	here";
CREATE MATERIALIZED VIEW "from"."""order" AS SELECT "was -- schemaplan:renamed-from x" FROM "from"."""/* star */";
CREATE FUNCTION "from"."."""("x from" integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT "x from" + 2 $$;
CREATE FUNCTION "from"."Äprimary"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE PROCEDURE "from".""""("x from" text) LANGUAGE sql AS $$ SELECT "x from" $$;
CREATE TRIGGER "Äxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" BEFORE INSERT ON "from"."tab	here" FOR EACH ROW EXECUTE FUNCTION "from"."Äprimary"();
ALTER TABLE "from"."tab	here" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "default" ON "from"."tab	here" USING ("was -- schemaplan:renamed-from x" > 0);
CREATE RULE """tab	here" AS ON DELETE TO "from"."""/* star */" DO INSTEAD NOTHING;
CREATE TEXT SEARCH CONFIGURATION "from"."éééééééééééééééééééééééééééééééééééééééé" (COPY = pg_catalog.simple);
CREATE PUBLICATION "user" FOR TABLE "from"."""/* star */";
CREATE AGGREGATE "from".".{braces} %s $1"(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
CREATE TYPE "from"."Äit's" AS RANGE (SUBTYPE = integer);
CREATE FOREIGN DATA WRAPPER ".limit";
CREATE SERVER """from" FOREIGN DATA WRAPPER ".limit";
CREATE FOREIGN TABLE "from"."x {braces} %s $1" ("was -- schemaplan:renamed-from x" integer, "table" text) SERVER """from";
CREATE FUNCTION "from"."it's"() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER "it's" ON ddl_command_end EXECUTE FUNCTION "from"."it's"();
COMMENT ON TABLE "from"."tab	here" IS 'comment on tab	here';
COMMENT ON COLUMN "from"."tab	here"."table" IS 'table';
COMMENT ON FUNCTION "from"."."""(integer) IS '."';
GRANT SELECT ("table") ON "from"."tab	here" TO readonly_user;
GRANT USAGE ON SCHEMA "from" TO app_user;
ALTER TABLE "from"."""/* star */" ADD COLUMN "Älimit" text DEFAULT 'Älimit';
CREATE INDEX "check" ON "from"."""/* star */" ("Älimit");
COMMENT ON COLUMN "from"."""/* star */"."Älimit" IS 'Älimit';
