#include <doctest/doctest.h>

#include <algorithm>

#include "parser/test_util.h"
#include "tests/support/contains.h"

using namespace schemaplan;
using schemaplan::test_support::has;
using namespace schemaplan::parser;
using testing::parse_error;
using testing::parse_sql;

namespace {

const GenericObject& collation_of(const Catalog& c, const std::string& schema, const std::string& name) {
  if (const auto* g = c.generic({ObjectKind::Collation, schema, name, "", ""})) return *g;
  FAIL("no collation " << schema << "." << name << " in\n" << testing::dump(c));
  throw;
}

std::string create_of(const Catalog& c, const std::string& schema, const std::string& name) {
  const auto& g = collation_of(c, schema, name);
  REQUIRE(g.create.size() == 1);
  return g.create[0];
}

}  // namespace

TEST_CASE("CREATE COLLATION: written as pg_dump writes it, whatever the spelling") {
  Catalog c = parse_sql(R"(
    create schema app;
    create collation ci (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
    create collation app.Upper (PROVIDER = 'ICU', LOCALE = 'de', DETERMINISTIC = 1, VERSION = '153.120');
    create collation app.plain (locale = 'C');
    create collation app.two (lc_collate = 'C', lc_ctype = 'POSIX');
    create collation app.same (provider = libc, lc_collate = 'POSIX', lc_ctype = 'POSIX');
    create collation app.copy_c from "C";
    create collation app.copy_icu from "de-x-icu";
    create collation app.copy_ci from ci;
    create collation app.copy_system from "en_US";
    create collation if not exists app.plain (locale = 'POSIX');
  )");
  CHECK(create_of(c, "public", "ci") ==
        "CREATE COLLATION public.ci (provider = icu, deterministic = false, locale = 'und-u-ks-level2')");
  // Names fold to lower case; the provider's name is a word in any case; the version is the server's business.
  CHECK(create_of(c, "app", "upper") == "CREATE COLLATION app.upper (provider = icu, locale = 'de')");
  CHECK(create_of(c, "app", "plain") == "CREATE COLLATION app.plain (provider = libc, locale = 'C')");
  CHECK(create_of(c, "app", "two") == "CREATE COLLATION app.two (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX')");
  CHECK(create_of(c, "app", "same") == "CREATE COLLATION app.same (provider = libc, locale = 'POSIX')");
  // A copy of a known collation is that collation's definition; of one that depends on the server, a copy.
  CHECK(create_of(c, "app", "copy_c") == "CREATE COLLATION app.copy_c (provider = libc, locale = 'C')");
  CHECK(create_of(c, "app", "copy_icu") == "CREATE COLLATION app.copy_icu (provider = icu, locale = 'de')");
  CHECK(create_of(c, "app", "copy_ci") ==
        "CREATE COLLATION app.copy_ci (provider = icu, deterministic = false, locale = 'und-u-ks-level2')");
  CHECK(create_of(c, "app", "copy_system") == "CREATE COLLATION app.copy_system FROM pg_catalog.\"en_US\"");
  CHECK(collation_of(c, "app", "plain").meta.deps == std::vector<ObjectId>{});
}

TEST_CASE("CREATE COLLATION: comment, owner, errors") {
  Catalog c = parse_sql(R"(
    create collation ci (provider = icu, locale = 'und');
    comment on collation ci is 'root';
    alter collation public.ci owner to admin_role;
  )");
  CHECK(collation_of(c, "public", "ci").comment == std::optional<std::string>("root"));
  REQUIRE(c.owners.size() == 1);
  CHECK(c.owners[0].object == ObjectId{ObjectKind::Collation, "public", "ci", "", ""});
  CHECK(c.owners[0].owner == "admin_role");
  CHECK(parse_error("create collation x (provider = icu);").message == "parameter \"locale\" must be specified");
  CHECK(parse_error("create collation x (provider = lib, locale = 'C');").message == "unrecognized collation provider: lib");
  CHECK(parse_error("create collation x (locale = 'C', lc_ctype = 'C');").code == "invalid-definition");
  CHECK(parse_error("create collation x (locale = 'C', rules = '&a < b');").message == "collation attribute 'rules' not recognized");
  CHECK(parse_error("create collation x from \"default\";").message == "collation \"default\" cannot be copied");
  CHECK(parse_error("create collation x (locale = 'C'); create collation x (locale = 'C');").code == "duplicate-object");
  CHECK(parse_error("comment on collation nope is 'x';").code == "undefined-object");
}

TEST_CASE("COLLATE clauses: the files' own collations qualified and depended on, built-ins left alone") {
  Catalog c = parse_sql(R"(
    create table users (
      email text collate ci unique,
      name text collate "C",
      code text collate app.plain check (code collate ci > 'a'),
      other text,
      posix text collate "POSIX"
    );
    create index users_name on users (name collate ci);
    create index users_lower on users ((lower(email) collate app.plain));
    create domain app.label as text collate ci;
    create type app.textrange as range (subtype = text, collation = ci);
    create view v as select name collate ci as name from users;
    create collation ci (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
    create collation "POSIX" (locale = 'C');
    create schema app;
    create collation app.plain (locale = 'C');
    alter table users alter column other type varchar(5) collate ci;
  )");
  const ObjectId ci{ObjectKind::Collation, "public", "ci", "", ""}, plain{ObjectKind::Collation, "app", "plain", "", ""};
  const Table& t = testing::table_of(c, "users");
  // Unqualified: the files' collation in public, found even though it is created later.
  CHECK(testing::column_of(t, "email").collation == "public.ci");
  CHECK(has(testing::column_of(t, "email").meta.deps, ci));
  CHECK(testing::column_of(t, "name").collation == "pg_catalog.\"C\"");
  CHECK(testing::column_of(t, "name").meta.deps.empty());
  CHECK(testing::column_of(t, "code").collation == "app.plain");
  CHECK(has(testing::column_of(t, "code").meta.deps, plain));
  // Every server has "POSIX" in pg_catalog, which comes first in the search_path.
  CHECK(testing::column_of(t, "posix").collation == "pg_catalog.\"POSIX\"");
  CHECK(testing::column_of(t, "other").collation == "public.ci");
  CHECK(testing::column_of(t, "other").meta.deps == std::vector<ObjectId>{ci});
  const Constraint& check = testing::constraint_of(t, "users_code_check");
  CHECK(check.definition.find("COLLATE public.ci") != std::string::npos);
  CHECK(has(check.meta.deps, ci));
  const Index& i = testing::index_of(c, "users_name");
  CHECK(i.definition == "USING btree (name COLLATE public.ci)");
  CHECK(has(i.meta.deps, ci));
  CHECK(has(testing::index_of(c, "users_lower").meta.deps, plain));
  CHECK(c.domain("app", "label")->collation == "public.ci");
  CHECK(has(c.domain("app", "label")->meta.deps, ci));
  const GenericObject* range = c.generic({ObjectKind::Type, "app", "textrange", "", ""});
  REQUIRE(range != nullptr);
  CHECK(range->create[0].find("collation = public.ci") != std::string::npos);
  CHECK(has(range->meta.deps, ci));
  REQUIRE(c.views.size() == 1);
  CHECK(has(c.views[0].meta.deps, ci));
}
