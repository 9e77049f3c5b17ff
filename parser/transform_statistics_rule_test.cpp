#include <doctest/doctest.h>

#include <algorithm>

#include "parser/test_util.h"
#include "tests/support/contains.h"

using namespace schemaplan;
using schemaplan::test_support::has;
using namespace schemaplan::parser;
using testing::generic_of;
using testing::parse_error;
using testing::parse_sql;

namespace {

const GenericObject& statistics_of(const Catalog& c, const std::string& schema, const std::string& name) {
  return generic_of(c, {ObjectKind::Statistics, schema, name, "", ""});
}

const GenericObject& rule_of(const Catalog& c, const std::string& table, const std::string& name) {
  return generic_of(c, {ObjectKind::Rule, "public", name, table, ""});
}

ObjectId column(const std::string& table, const std::string& name) { return {ObjectKind::Column, "public", name, table, ""}; }

}  // namespace

TEST_CASE("CREATE STATISTICS: written as pg_get_statisticsobjdef prints it, whatever the spelling") {
  Catalog c = parse_sql(R"(
    create schema app;
    create statistics app.s1 on b, a from t;
    create table t (id int, a int, b text, c numeric);
    create statistics s2 (mcv, NDISTINCT) on b, (a) from public.t;
    create statistics s3 (ndistinct, dependencies, mcv) on a, c from t;
    create statistics s4 on (a + 1) from t;
    create statistics s5 (dependencies) on lower(b), c, ((a * 2)) from t;
    create statistics if not exists s5 on a, b from t;
    alter statistics s3 set statistics 500;
    alter statistics app.s1 set statistics 20000;
    alter statistics app.s1 set statistics -1;
    alter statistics if exists nope set statistics 5;
  )");
  // Columns in the table's order; the kinds only when some are left out.
  CHECK(statistics_of(c, "app", "s1").create == std::vector<std::string>{"CREATE STATISTICS app.s1 ON a, b FROM public.t"});
  CHECK(statistics_of(c, "public", "s2").create ==
        std::vector<std::string>{"CREATE STATISTICS public.s2 (ndistinct, mcv) ON a, b FROM public.t"});
  CHECK(statistics_of(c, "public", "s3").create ==
        std::vector<std::string>{"CREATE STATISTICS public.s3 ON a, c FROM public.t",
                                 "ALTER STATISTICS public.s3 SET STATISTICS 500"});
  CHECK(statistics_of(c, "public", "s4").create == std::vector<std::string>{"CREATE STATISTICS public.s4 ON (a + 1) FROM public.t"});
  // Expressions after the columns; a function call bare, anything else in parentheses.
  CHECK(statistics_of(c, "public", "s5").create ==
        std::vector<std::string>{"CREATE STATISTICS public.s5 (dependencies) ON c, lower(b), (a * 2) FROM public.t"});
  // It depends on its table and on every column it reads.
  const auto& deps = statistics_of(c, "public", "s5").meta.deps;
  CHECK(has(deps, {ObjectKind::Table, "public", "t", "", ""}));
  CHECK(has(deps, column("t", "a")));
  CHECK(has(deps, column("t", "b")));
  CHECK(has(deps, column("t", "c")));
  CHECK_FALSE(has(deps, column("t", "id")));
}

TEST_CASE("CREATE STATISTICS: comment, owner, errors") {
  Catalog c = parse_sql(R"(
    create table t (a int, b int);
    create statistics s on a, b from t;
    comment on statistics s is 'pairs';
    alter statistics public.s owner to admin_role;
  )");
  CHECK(statistics_of(c, "public", "s").comment == std::optional<std::string>("pairs"));
  REQUIRE(c.owners.size() == 1);
  CHECK(c.owners[0].object == ObjectId{ObjectKind::Statistics, "public", "s", "", ""});
  CHECK(c.owners[0].owner == "admin_role");
  const std::string t = "create table t (a int, b int);";
  CHECK(parse_error(t + "create statistics s on a from t;").message == "extended statistics require at least 2 columns");
  CHECK(parse_error(t + "create statistics s on a, a from t;").message == "duplicate column name in statistics definition");
  CHECK(parse_error(t + "create statistics s on a, nope from t;").message == "column \"nope\" does not exist");
  CHECK(parse_error(t + "create statistics s (mvc) on a, b from t;").message == "unrecognized statistics kind \"mvc\"");
  CHECK(parse_error(t + "create statistics s (mcv) on (a + b) from t;").code == "invalid-definition");
  CHECK(parse_error("create statistics s on a, b from nope;").code == "undefined-object");
  CHECK(parse_error(t + "create view v as select a, b from t; create statistics s on a, b from v;").code == "invalid-definition");
  CHECK(parse_error(t + "create statistics s on a, b from t; create statistics s on a, b from t;").code == "duplicate-object");
  CHECK(parse_error(t + "alter statistics nope set statistics 5;").code == "undefined-object");
}

TEST_CASE("CREATE RULE: the deparsed statement, relations qualified, OR REPLACE left out") {
  Catalog c = parse_sql(R"(
    create table t (id int, a int);
    create table log (what text, at timestamptz default now());
    create view v as select id, a from t;
    create rule r_nothing as on delete to t do instead nothing;
    create or replace rule r_ins as on insert to v do instead insert into t (id, a) values (new.id, new.a);
    create rule r_also as on update to public.t where old.a <> new.a
      do also (insert into log (what) values ('a changed ' || old.a); insert into log values ('x', now()));
    create rule r_notify as on insert to t do notify t_changed;
    create or replace rule r_notify as on insert to t do also notify t_changed_again;
    comment on rule r_nothing on t is 'keep rows';
  )");
  CHECK(rule_of(c, "t", "r_nothing").create == std::vector<std::string>{"CREATE RULE r_nothing AS ON DELETE TO public.t DO INSTEAD NOTHING"});
  CHECK(rule_of(c, "t", "r_nothing").comment == std::optional<std::string>("keep rows"));
  CHECK(rule_of(c, "v", "r_ins").create ==
        std::vector<std::string>{"CREATE RULE r_ins AS ON INSERT TO public.v DO INSTEAD INSERT INTO public.t (id, a) VALUES (new.id, new.a)"});
  // The later definition wins.
  CHECK(rule_of(c, "t", "r_notify").create == std::vector<std::string>{"CREATE RULE r_notify AS ON INSERT TO public.t DO NOTIFY t_changed_again"});
  // What a rule reads and writes: relations, and the columns of tables.
  const auto& ins = rule_of(c, "v", "r_ins").meta.deps;
  CHECK(has(ins, {ObjectKind::View, "public", "v", "", ""}));
  CHECK(has(ins, {ObjectKind::Table, "public", "t", "", ""}));
  CHECK(has(ins, column("t", "id")));
  CHECK(has(ins, column("t", "a")));
  const auto& also = rule_of(c, "t", "r_also").meta.deps;
  CHECK(has(also, {ObjectKind::Table, "public", "log", "", ""}));
  CHECK(has(also, column("t", "a")));
  CHECK(has(also, column("log", "what")));
  CHECK(has(also, column("log", "at")));  // an INSERT without a column list fills them all
  CHECK_FALSE(has(also, column("t", "id")));
}

TEST_CASE("CREATE RULE: INSERT columns written out, enable state, dependencies on functions") {
  Catalog c = parse_sql(R"(
    create table t (id int, a int, b text);
    create table log (id int, note text, at timestamptz);
    create function note_of(int) returns text language sql as 'select $1::text';
    create rule r_log as on update to t do also insert into log values (new.id, note_of(new.a));
    create rule r_all as on delete to t do also insert into log select * from t where id = old.id;
    alter table t disable rule r_log;
    alter table t enable always rule r_all;
    alter table t enable rule r_all;
  )");
  // The columns PostgreSQL binds an INSERT's values to: the table's first ones (none written for `*`).
  CHECK(rule_of(c, "t", "r_log").create ==
        std::vector<std::string>{"CREATE RULE r_log AS ON UPDATE TO public.t DO INSERT INTO public.log (id, note) VALUES (new.id, note_of(new.a))",
                                 "ALTER TABLE public.t DISABLE RULE r_log"});
  CHECK(rule_of(c, "t", "r_all").create.size() == 1);
  const auto& deps = rule_of(c, "t", "r_log").meta.deps;
  CHECK(has(deps, {ObjectKind::Function, "public", "note_of", "", "integer"}));
  CHECK(has(deps, column("log", "note")));
  CHECK_FALSE(has(deps, column("log", "at")));
  CHECK(has(rule_of(c, "t", "r_all").meta.deps, column("log", "at")));
}

TEST_CASE("CREATE RULE: errors") {
  const std::string t = "create table t (id int);";
  CHECK(parse_error(t + "create rule r as on select to t do instead select 1 as id;").code == "unsupported-statement");
  CHECK(parse_error("create rule r as on delete to nope do instead nothing;").code == "undefined-object");
  CHECK(parse_error(t + "create rule r as on delete to t do instead nothing; create rule r as on insert to t do instead nothing;").code ==
        "duplicate-object");
  CHECK(parse_error(t + "comment on rule nope on t is 'x';").code == "undefined-object");
  CHECK(parse_error(t + "alter table t disable rule nope;").code == "undefined-object");
}
