// Schemas, extensions and enums read from a live database.
#include <doctest/doctest.h>

#include <algorithm>

#include "introspect/database.h"
#include "tests/support/test_db.h"

using namespace schemaplan;
using schemaplan::testing::ScratchDb;

namespace {

std::vector<std::string> schema_names(const Catalog& c) {
  std::vector<std::string> out;
  for (const auto& s : c.schemas) out.push_back(s.name);
  return out;
}

}  // namespace

TEST_CASE("schemas: user schemas with comments, system and temporary schemas left out") {
  ScratchDb s;
  s.exec(R"(
    CREATE SCHEMA app;
    COMMENT ON SCHEMA app IS 'the app''s schema';
    CREATE SCHEMA "Mixed Case";
    CREATE SCHEMA "select";
    CREATE SCHEMA "schéma";
    CREATE TEMP TABLE scratch (id int);
  )");
  Catalog c = s.catalog();
  CHECK(schema_names(c) == std::vector<std::string>{"Mixed Case", "app", "public", "schéma", "select"});
  CHECK(c.schema("app")->comment == "the app's schema");
  // PostgreSQL's own comment on public is read as no comment (schema files never state it); a user's is kept.
  CHECK_FALSE(c.schema("public")->comment.has_value());
  CHECK_FALSE(c.schema("Mixed Case")->comment.has_value());
  CHECK(c.tables.empty());  // the temporary table lives in pg_temp_N
  s.exec("COMMENT ON SCHEMA public IS 'ours'");
  CHECK(s.catalog().schema("public")->comment == "ours");

  s.exec("DROP SCHEMA public");
  CHECK(s.catalog().schema("public") == nullptr);
}

TEST_CASE("extensions: name, schema, version, comment, requirements, without plpgsql and members") {
  ScratchDb s;
  s.exec(R"(
    CREATE SCHEMA ext;
    CREATE EXTENSION citext SCHEMA ext;
    CREATE EXTENSION earthdistance CASCADE;
    CREATE EXTENSION pg_stat_statements;
    COMMENT ON EXTENSION citext IS 'case-insensitive text';
  )");
  Catalog c = s.catalog();
  std::vector<std::string> names;
  for (const auto& e : c.extensions) names.push_back(e.name);
  CHECK(names == std::vector<std::string>{"citext", "cube", "earthdistance", "pg_stat_statements"});
  const Extension& citext = c.extensions[0];
  CHECK(citext.schema == "ext");
  CHECK_FALSE(citext.version.empty());
  CHECK(citext.comment == "case-insensitive text");
  CHECK(c.extensions[1].schema == "public");
  CHECK_FALSE(c.extensions[1].comment.has_value());  // the control file's comment is not the user's
  CHECK(c.extensions[2].meta.deps == std::vector<ObjectId>{{ObjectKind::Extension, "", "cube", "", ""}});
  CHECK(citext.meta.deps.empty());
  // Their types, functions, operators and views belong to the extensions.
  CHECK(c.enums.empty());
  CHECK(c.tables.empty());
  CHECK(c.unsupported.empty());
}

TEST_CASE("enums: values in sort order, comments, quoted names, members of extensions left out") {
  ScratchDb s;
  s.exec(R"(
    CREATE SCHEMA app;
    CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
    ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok';
    ALTER TYPE mood ADD VALUE 'ecstatic' AFTER 'happy';
    COMMENT ON TYPE mood IS 'how it feels';
    CREATE TYPE app."Color" AS ENUM ('Red', 'green space', 'a,b', 'quote"d', 'été');
    CREATE TYPE app.empty AS ENUM ();
    CREATE TYPE app.member AS ENUM ('x');
    CREATE EXTENSION citext;
    ALTER EXTENSION citext ADD TYPE app.member;
  )");
  Catalog c = s.catalog();
  REQUIRE(c.enums.size() == 3);
  const EnumType* mood = c.enum_type("public", "mood");
  REQUIRE(mood);
  CHECK(mood->values == std::vector<std::string>{"sad", "meh", "ok", "happy", "ecstatic"});
  CHECK(mood->comment == "how it feels");
  const EnumType* color = c.enum_type("app", "Color");
  REQUIRE(color);
  CHECK(color->values == std::vector<std::string>{"Red", "green space", "a,b", "quote\"d", "été"});
  CHECK_FALSE(color->comment.has_value());
  REQUIRE(c.enum_type("app", "empty"));
  CHECK(c.enum_type("app", "empty")->values.empty());
  CHECK(c.enum_type("app", "member") == nullptr);
}
