CREATE SCHEMA "naïve café";
CREATE TYPE "naïve café"."🐘 elephant" AS ENUM ('x back\slash', 'default', 'x 🐘 elephant');
CREATE DOMAIN "naïve café"."group" AS text CONSTRAINT ".""" CHECK (VALUE <> 'x back\slash');
CREATE TYPE "naïve café"."with ""quotes""" AS ("""" integer, """default" text);
CREATE SEQUENCE "naïve café"."Ä{braces} %s $1" START 7;
CREATE COLLATION "naïve café"." padded " (provider = icu, locale = 'de-u-co-phonebk');
CREATE TABLE "naïve café".".select" (
  "line
break" integer PRIMARY KEY DEFAULT nextval('"naïve café"."Ä{braces} %s $1"'),
  "end" text NOT NULL DEFAULT 'default' COLLATE "naïve café"." padded ",
  "back\slash" "naïve café"."🐘 elephant",
  "/* star */" "naïve café"."group",
  "Äprimary" "naïve café"."with ""quotes""",
  CONSTRAINT ".""" CHECK (length("end") < 100),
  CONSTRAINT "it's" UNIQUE ("end", "back\slash")
);
ALTER SEQUENCE "naïve café"."Ä{braces} %s $1" OWNED BY "naïve café".".select"."line
break";
CREATE TABLE "naïve café".".SELECT" ("line
break" bigint PRIMARY KEY);
CREATE TABLE "naïve café"."order" (
  "line
break" integer PRIMARY KEY,
  """was -- schemaplan:renamed-from x" integer CONSTRAINT "x limit" REFERENCES "naïve café".".select" ("line
break") ON DELETE CASCADE,
  """WAS -- SCHEMAPLAN:RENAMED-FROM X" text
);
CREATE TABLE "naïve café"."long_ßßßßßßßßßßßßßßßßßßßßßßßßßßßßßß3" ("shared_prefix_üüüüüüüüüüüüüüüüüüüü_alpha" integer UNIQUE, "shared_prefix_üüüüüüüüüüüüüüüüüüüü_beta" integer UNIQUE);
CREATE INDEX "Mixed Case" ON "naïve café".".select" ("end" DESC) WHERE "back\slash" IS NOT NULL;
CREATE STATISTICS "naïve café"."{braces} %s $1" ON "end", "back\slash" FROM "naïve café".".select";
CREATE VIEW "naïve café"."""üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab" AS SELECT "line
break", "end" AS """was -- schemaplan:renamed-from x" FROM "naïve café".".select";
CREATE MATERIALIZED VIEW "naïve café".".user" AS SELECT "line
break" FROM "naïve café"."order";
CREATE FUNCTION "naïve café"."xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"(".it's" integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT ".it's" + 1 $$;
CREATE FUNCTION "naïve café"."名前"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE PROCEDURE "naïve café".".naïve café"(".it's" text) LANGUAGE sql AS $$ SELECT ".it's" $$;
CREATE TRIGGER "x select" BEFORE INSERT ON "naïve café".".select" FOR EACH ROW EXECUTE FUNCTION "naïve café"."名前"();
ALTER TABLE "naïve café".".select" ENABLE ROW LEVEL SECURITY;
CREATE POLICY """with ""quotes""" ON "naïve café".".select" USING ("line
break" > 0);
CREATE RULE "select" AS ON DELETE TO "naïve café"."order" DO INSTEAD NOTHING;
CREATE TEXT SEARCH CONFIGURATION "naïve café".".dot.ted.name" (COPY = pg_catalog.simple);
CREATE PUBLICATION ".back\slash" FOR TABLE "naïve café"."order";
CREATE AGGREGATE "naïve café"."user"(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
CREATE TYPE "naïve café".".from" AS RANGE (SUBTYPE = integer);
CREATE FOREIGN DATA WRAPPER "from";
CREATE SERVER "x üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab" FOREIGN DATA WRAPPER "from";
CREATE FOREIGN TABLE "naïve café"."""🐘 elephant" ("line
break" integer, "end" text) SERVER "x üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab";
CREATE FUNCTION "naïve café"."x éééééééééééééééééééééééééééééééééééééééé"() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER "x éééééééééééééééééééééééééééééééééééééééé" ON ddl_command_end EXECUTE FUNCTION "naïve café"."x éééééééééééééééééééééééééééééééééééééééé"();
COMMENT ON TABLE "naïve café".".select" IS 'comment on .select';
COMMENT ON COLUMN "naïve café".".select"."end" IS 'end';
COMMENT ON FUNCTION "naïve café"."xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"(integer) IS 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
GRANT SELECT ("end") ON "naïve café".".select" TO readonly_user;
GRANT USAGE ON SCHEMA "naïve café" TO app_user;

-- schemaplan-fuzz: to

