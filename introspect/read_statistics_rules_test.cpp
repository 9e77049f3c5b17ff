// Extended statistics and rules read from a live database as DDL text (model/generic.h).
#include <doctest/doctest.h>

#include <algorithm>

#include "introspect/database.h"
#include "tests/support/test_db.h"
#include "tests/support/contains.h"

using namespace schemaplan;
using schemaplan::test_support::has;
using schemaplan::testing::ScratchDb;

namespace {

ObjectId column(const std::string& table, const std::string& name) { return {ObjectKind::Column, "public", name, table, ""}; }

}  // namespace

TEST_CASE("statistics: as pg_dump writes them, target apart, comment, owner, columns depended on") {
  ScratchDb s;
  s.exec(R"(
    CREATE EXTENSION citext;
    CREATE TABLE t (id int, a int, b text, c numeric);
    CREATE STATISTICS s1 (ndistinct, mcv) ON b, a FROM t;
    CREATE STATISTICS s2 ON c, lower(b) FROM t;
    ALTER STATISTICS s2 SET STATISTICS 500;
    COMMENT ON STATISTICS s1 IS 'pairs';
    CREATE ROLE rt_statistics_owner;
    ALTER STATISTICS s1 OWNER TO rt_statistics_owner;
  )");
  Catalog c = s.catalog();
  s.exec("DROP STATISTICS s1; DROP ROLE rt_statistics_owner;");
  const GenericObject* s1 = c.generic({ObjectKind::Statistics, "public", "s1", "", ""});
  REQUIRE(s1 != nullptr);
  CHECK(s1->create == std::vector<std::string>{"CREATE STATISTICS public.s1 (ndistinct, mcv) ON a, b FROM public.t"});
  CHECK(s1->comment == std::optional<std::string>("pairs"));
  CHECK(has(s1->meta.deps, column("t", "a")));
  CHECK(has(s1->meta.deps, column("t", "b")));
  CHECK_FALSE(has(s1->meta.deps, column("t", "c")));
  CHECK(std::any_of(c.owners.begin(), c.owners.end(),
                    [&](const Ownership& o) { return o.object == s1->id() && o.owner == "rt_statistics_owner"; }));
  const GenericObject* s2 = c.generic({ObjectKind::Statistics, "public", "s2", "", ""});
  REQUIRE(s2 != nullptr);
  CHECK(s2->create == std::vector<std::string>{"CREATE STATISTICS public.s2 ON c, lower(b) FROM public.t",
                                               "ALTER STATISTICS public.s2 SET STATISTICS 500"});
  CHECK(has(s2->meta.deps, column("t", "b")));
  CHECK(has(s2->meta.deps, column("t", "c")));
  CHECK(c.unsupported.empty());
}

TEST_CASE("rules: pg_get_ruledef's text, enable state, comment, what they read, no _RETURN") {
  ScratchDb s;
  s.exec(R"(
    CREATE TABLE t (id int, a int);
    CREATE TABLE log (what text);
    CREATE VIEW v AS SELECT id, a FROM t;
    CREATE FUNCTION tag(int) RETURNS text LANGUAGE sql AS 'SELECT $1::text';
    CREATE RULE r_nothing AS ON DELETE TO t DO INSTEAD NOTHING;
    CREATE RULE r_ins AS ON INSERT TO v DO INSTEAD INSERT INTO t (id, a) VALUES (new.id, new.a);
    CREATE RULE r_log AS ON UPDATE TO t WHERE old.a <> new.a DO ALSO INSERT INTO log VALUES (tag(new.a));
    ALTER TABLE t DISABLE RULE r_log;
    COMMENT ON RULE r_nothing ON t IS 'keep rows';
    CREATE TABLE tk (id int, code varchar(5));
    CREATE RULE tk_codes AS ON INSERT TO tk WHERE new.code IN ('a', 'b') DO INSTEAD NOTHING;
  )");
  Catalog c = s.catalog();
  std::vector<std::string> rules;
  for (const auto& g : c.generics)
    if (g.kind == ObjectKind::Rule) rules.push_back(g.parent + "." + g.name);
  CHECK(rules == std::vector<std::string>{"v.r_ins", "t.r_log", "t.r_nothing", "tk.tk_codes"});
  // An IN list over varchar in the form PostgreSQL keeps once its print is loaded again.
  const GenericObject* codes = c.generic({ObjectKind::Rule, "public", "tk_codes", "tk", ""});
  REQUIRE(codes != nullptr);
  CHECK(codes->create[0].find("ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text])") != std::string::npos);
  const GenericObject* nothing = c.generic({ObjectKind::Rule, "public", "r_nothing", "t", ""});
  REQUIRE(nothing != nullptr);
  CHECK(nothing->create == std::vector<std::string>{"CREATE RULE r_nothing AS\n    ON DELETE TO public.t DO INSTEAD NOTHING"});
  CHECK(nothing->comment == std::optional<std::string>("keep rows"));
  const GenericObject* ins = c.generic({ObjectKind::Rule, "public", "r_ins", "v", ""});
  REQUIRE(ins != nullptr);
  CHECK(has(ins->meta.deps, {ObjectKind::View, "public", "v", "", ""}));
  CHECK(has(ins->meta.deps, {ObjectKind::Table, "public", "t", "", ""}));
  CHECK(has(ins->meta.deps, column("t", "id")));
  CHECK(has(ins->meta.deps, column("t", "a")));
  const GenericObject* log = c.generic({ObjectKind::Rule, "public", "r_log", "t", ""});
  REQUIRE(log != nullptr);
  REQUIRE(log->create.size() == 2);
  CHECK(log->create[1] == "ALTER TABLE public.t DISABLE RULE r_log");
  CHECK(has(log->meta.deps, {ObjectKind::Function, "public", "tag", "", "integer"}));
  CHECK(has(log->meta.deps, {ObjectKind::Table, "public", "log", "", ""}));
  CHECK(has(log->meta.deps, column("t", "a")));
  CHECK(c.unsupported.empty());
}
