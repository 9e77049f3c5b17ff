CREATE SCHEMA " padded ";
CREATE TYPE " padded ".".{braces} %s $1" AS ENUM ('check', '"tab	here', '.with "quotes"');
CREATE DOMAIN " padded ".".semi;colon -- not a comment" AS text CONSTRAINT "group" CHECK (VALUE <> 'check');
CREATE TYPE " padded "."tab	here" AS ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" integer, "Mixed Case" text);
CREATE SEQUENCE " padded "."back\slash" START 7;
CREATE COLLATION " padded "."limit" (provider = icu, locale = 'de-u-co-phonebk');
CREATE TABLE " padded "."Ä""" (
  "/* star */" integer PRIMARY KEY DEFAULT nextval('" padded "."back\slash"'),
  ".éééééééééééééééééééééééééééééééééééééééé" text NOT NULL DEFAULT '"tab	here' COLLATE " padded "."limit",
  ".名前" " padded ".".{braces} %s $1",
  "x user" " padded ".".semi;colon -- not a comment",
  "order" " padded "."tab	here",
  CONSTRAINT "group" CHECK (length(".éééééééééééééééééééééééééééééééééééééééé") < 100),
  CONSTRAINT "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab" UNIQUE (".éééééééééééééééééééééééééééééééééééééééé", ".名前")
);
ALTER SEQUENCE " padded "."back\slash" OWNED BY " padded "."Ä"""."/* star */";
CREATE TABLE " padded "."ä""" ("/* star */" bigint PRIMARY KEY);
CREATE TABLE " padded "."it's" (
  "/* star */" integer PRIMARY KEY,
  "naïve café" integer CONSTRAINT "x """ REFERENCES " padded "."Ä""" ("/* star */") ON DELETE CASCADE,
  "NAÏVE CAFÉ" text
);
CREATE TABLE " padded "."long_ßßßßßßßßßßßßßßßßßßßßßßßßßßßßßß0" ("shared_prefix_üüüüüüüüüüüüüüüüüüüü_alpha" integer UNIQUE, "shared_prefix_üüüüüüüüüüüüüüüüüüüü_beta" integer UNIQUE);
CREATE INDEX "end" ON " padded "."Ä""" (".éééééééééééééééééééééééééééééééééééééééé" DESC) WHERE ".名前" IS NOT NULL;
CREATE STATISTICS " padded "."{braces} %s $1" ON ".éééééééééééééééééééééééééééééééééééééééé", ".名前" FROM " padded "."Ä""";
CREATE VIEW " padded "."Äend" AS SELECT "/* star */", ".éééééééééééééééééééééééééééééééééééééééé" AS "naïve café" FROM " padded "."Ä""";
CREATE MATERIALIZED VIEW " padded "."""dot.ted.name" AS SELECT "/* star */" FROM " padded "."it's";
CREATE FUNCTION " padded "."x naïve café"("ÄMixed Case" integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT "ÄMixed Case" + 1 $$;
CREATE FUNCTION " padded "."""/* star */"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE PROCEDURE " padded "."🐘 elephant"("ÄMixed Case" text) LANGUAGE sql AS $$ SELECT "ÄMixed Case" $$;
CREATE TRIGGER ".was -- schemaplan:renamed-from x" BEFORE INSERT ON " padded "."Ä""" FOR EACH ROW EXECUTE FUNCTION " padded "."""/* star */"();
ALTER TABLE " padded "."Ä""" ENABLE ROW LEVEL SECURITY;
CREATE POLICY """" ON " padded "."Ä""" USING ("/* star */" > 0);
CREATE RULE "dot.ted.name" AS ON DELETE TO " padded "."it's" DO INSTEAD NOTHING;
CREATE TEXT SEARCH CONFIGURATION " padded "."Änaïve café" (COPY = pg_catalog.simple);
CREATE PUBLICATION "x end" FOR TABLE " padded "."it's";
CREATE AGGREGATE " padded "."./* star */"(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
CREATE TYPE " padded "."x  padded " AS RANGE (SUBTYPE = integer);
CREATE FOREIGN DATA WRAPPER "user";
CREATE SERVER "x semi;colon -- not a comment" FOREIGN DATA WRAPPER "user";
CREATE FOREIGN TABLE " padded "."éééééééééééééééééééééééééééééééééééééééé" ("/* star */" integer, ".éééééééééééééééééééééééééééééééééééééééé" text) SERVER "x semi;colon -- not a comment";
CREATE FUNCTION " padded "."""from"() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER """from" ON ddl_command_end EXECUTE FUNCTION " padded "."""from"();
COMMENT ON TABLE " padded "."Ä""" IS 'comment on Ä"';
COMMENT ON COLUMN " padded "."Ä""".".éééééééééééééééééééééééééééééééééééééééé" IS '.éééééééééééééééééééééééééééééééééééééééé';
COMMENT ON FUNCTION " padded "."x naïve café"(integer) IS 'x naïve café';
GRANT SELECT (".éééééééééééééééééééééééééééééééééééééééé") ON " padded "."Ä""" TO readonly_user;
GRANT USAGE ON SCHEMA " padded " TO app_user;

-- schemaplan-fuzz: to
CREATE SCHEMA " padded ";
CREATE TYPE " padded ".".{braces} %s $1" AS ENUM ('check', '"tab	here', '.with "quotes"', 'x check');
CREATE DOMAIN " padded ".".semi;colon -- not a comment" AS text CONSTRAINT "group" CHECK (VALUE <> 'check');
CREATE TYPE " padded "."tab	here" AS ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" integer, "Mixed Case" text);
CREATE SEQUENCE " padded "."back\slash" START 7;
CREATE COLLATION " padded "."limit" (provider = icu, locale = 'de-u-co-phonebk');
CREATE TABLE " padded "."Ä""" (
  "/* star */" integer PRIMARY KEY DEFAULT nextval('" padded "."back\slash"'),
  ".éééééééééééééééééééééééééééééééééééééééé" text NOT NULL DEFAULT '.with "quotes"' COLLATE " padded "."limit",
  ".名前" " padded ".".{braces} %s $1",
  "x user" " padded ".".semi;colon -- not a comment",
  "order" " padded "."tab	here",
  CONSTRAINT "group" CHECK (length(".éééééééééééééééééééééééééééééééééééééééé") < 100),
  CONSTRAINT "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab" UNIQUE (".éééééééééééééééééééééééééééééééééééééééé", ".名前")
);
ALTER SEQUENCE " padded "."back\slash" OWNED BY " padded "."Ä"""."/* star */";
CREATE TABLE " padded "."ä""" ("/* star */" bigint PRIMARY KEY);
CREATE TABLE " padded "."it's" (
  "/* star */" integer PRIMARY KEY,
  "Äüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab" integer CONSTRAINT "x """ REFERENCES " padded "."Ä""" ("/* star */") ON DELETE CASCADE, -- schemaplan:renamed-from "naïve café"
  "NAÏVE CAFÉ" text
);
CREATE TABLE " padded "."long_ßßßßßßßßßßßßßßßßßßßßßßßßßßßßßß0" ("shared_prefix_üüüüüüüüüüüüüüüüüüüü_alpha" integer UNIQUE, "shared_prefix_üüüüüüüüüüüüüüüüüüüü_beta" integer UNIQUE);
CREATE INDEX "end" ON " padded "."Ä""" (".éééééééééééééééééééééééééééééééééééééééé", "/* star */") WHERE ".名前" IS NOT NULL;
CREATE STATISTICS " padded "."{braces} %s $1" ON ".éééééééééééééééééééééééééééééééééééééééé", ".名前" FROM " padded "."Ä""";
CREATE VIEW " padded "."Äend" AS SELECT "/* star */", ".éééééééééééééééééééééééééééééééééééééééé" AS "naïve café" FROM " padded "."Ä""";
CREATE MATERIALIZED VIEW " padded "."""dot.ted.name" AS SELECT "/* star */", "Äüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüüab" FROM " padded "."it's";
CREATE FUNCTION " padded "."x naïve café"("ÄMixed Case" integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT "ÄMixed Case" + 2 $$;
CREATE FUNCTION " padded "."""/* star */"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE PROCEDURE " padded "."🐘 elephant"("ÄMixed Case" text) LANGUAGE sql AS $$ SELECT "ÄMixed Case" $$;
CREATE TRIGGER ".was -- schemaplan:renamed-from x" BEFORE INSERT ON " padded "."Ä""" FOR EACH ROW EXECUTE FUNCTION " padded "."""/* star */"();
ALTER TABLE " padded "."Ä""" ENABLE ROW LEVEL SECURITY;
CREATE POLICY """" ON " padded "."Ä""" USING ("/* star */" > 0);
CREATE RULE "dot.ted.name" AS ON DELETE TO " padded "."it's" DO INSTEAD NOTHING;
CREATE TEXT SEARCH CONFIGURATION " padded "."Änaïve café" (COPY = pg_catalog.simple);
CREATE PUBLICATION "x end" FOR TABLE " padded "."it's";
CREATE AGGREGATE " padded "."./* star */"(integer) (SFUNC = int4pl, STYPE = integer, INITCOND = '0');
CREATE TYPE " padded "."x  padded " AS RANGE (SUBTYPE = integer);
CREATE FOREIGN DATA WRAPPER "user";
CREATE SERVER "x semi;colon -- not a comment" FOREIGN DATA WRAPPER "user";
CREATE FOREIGN TABLE " padded "."éééééééééééééééééééééééééééééééééééééééé" ("/* star */" integer, ".éééééééééééééééééééééééééééééééééééééééé" text) SERVER "x semi;colon -- not a comment";
CREATE FUNCTION " padded "."""from"() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;
CREATE EVENT TRIGGER """from" ON ddl_command_end EXECUTE FUNCTION " padded "."""from"();
COMMENT ON TABLE " padded "."Ä""" IS 'comment on Ä"';
COMMENT ON COLUMN " padded "."Ä""".".éééééééééééééééééééééééééééééééééééééééé" IS '.éééééééééééééééééééééééééééééééééééééééé';
COMMENT ON FUNCTION " padded "."x naïve café"(integer) IS 'x naïve café';
GRANT SELECT (".éééééééééééééééééééééééééééééééééééééééé") ON " padded "."Ä""" TO readonly_user;
GRANT USAGE ON SCHEMA " padded " TO app_user;
ALTER TABLE " padded "."it's" ADD COLUMN "default" text DEFAULT 'default';
CREATE INDEX """{braces} %s $1" ON " padded "."it's" ("default");
COMMENT ON COLUMN " padded "."it's"."default" IS 'default';
