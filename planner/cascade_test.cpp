#include <doctest/doctest.h>

#include <algorithm>
#include <optional>

#include "planner/planner.h"
#include "planner/rules/test_catalogs.h"

using namespace schemaplan;
using schemaplan::test::summary;

namespace {
Catalog orders(const std::string& amount_type) {
  Catalog c;
  Table t;
  t.schema = "public";
  t.name = "orders";
  t.columns = {{"id", "integer", true}, {"amount", amount_type, true}};
  c.tables = {t};
  View v1;
  v1.schema = "public";
  v1.name = "amounts";
  v1.query = "SELECT id, amount FROM public.orders";
  v1.columns = {{"id", "integer"}, {"amount", "expr amount"}};
  v1.meta.deps = {t.id(), {ObjectKind::Column, "public", "amount", "orders", ""}};
  View v2 = v1;
  v2.name = "big";
  v2.query = "SELECT id FROM public.amounts WHERE amount > 10";
  v2.columns = {{"id", "expr id"}};
  v2.meta.deps = {v1.id()};
  c.views = {v1, v2};
  normalize(c);
  return c;
}
}  // namespace

TEST_CASE("views over a retyped column leave before it and come back after, outermost first") {
  auto p = plan(orders("integer"), orders("bigint"), PlanOptions{Strategy::Simple});
  CHECK(summary(p) == std::vector<std::string>{
                          "drop view public.big",
                          "drop view public.amounts",
                          "alter column public.orders.amount",
                          "create view public.amounts",
                          "create view public.big",
                      });
  for (const auto& s : p.steps)
    if (s.target.kind == ObjectKind::View) CHECK(s.change == ChangeKind::Recreate);
}

TEST_CASE("an unrelated change leaves views alone") {
  auto a = orders("integer"), b = orders("integer");
  b.tables[0].comment = "x";
  CHECK(summary(plan(a, b, PlanOptions{Strategy::Simple})) == std::vector<std::string>{"alter table public.orders"});
}

TEST_CASE("an index of a rebuilt materialized view is rebuilt with it") {
  auto make = [](const std::string& query) {
    Catalog c;
    View m;
    m.schema = "public";
    m.name = "m";
    m.materialized = true;
    m.query = query;
    m.columns = {{"k", "text"}};
    Index i;
    i.schema = "public";
    i.name = "m_k";
    i.table = "m";
    i.unique = true;
    i.definition = "USING btree (k)";
    i.columns = {"k"};
    c.views = {m};
    c.indexes = {i};
    normalize(c);
    return c;
  };
  auto p = plan(make("SELECT 'a'::text AS k"), make("SELECT 'b'::text AS k"), PlanOptions{Strategy::Simple});
  CHECK(summary(p) == std::vector<std::string>{
                          "drop index public.m_k",
                          "drop materialized view public.m",
                          "create materialized view public.m",
                          "create index public.m_k",
                      });
}

TEST_CASE("views over a materialized view stay when only its comment changes") {
  auto make = [](std::optional<std::string> comment) {
    Catalog c;
    View m;
    m.schema = "public";
    m.name = "m";
    m.materialized = true;
    m.query = "SELECT 1 AS k";
    m.columns = {{"k", "integer"}};
    m.comment = comment;
    View v;
    v.schema = "public";
    v.name = "v";
    v.query = "SELECT k FROM public.m";
    v.columns = {{"k", "integer"}};
    v.meta.deps = {m.id()};
    c.views = {m, v};
    normalize(c);
    return c;
  };
  CHECK(summary(plan(make(std::nullopt), make("x"), PlanOptions{Strategy::Simple})) ==
        std::vector<std::string>{"alter materialized view public.m"});
}

TEST_CASE("a view recreated under a retyped column gets its triggers, privileges and owner back") {
  auto with_extras = [](Catalog c, const std::vector<std::string>& privileges) {
    ObjectId view{ObjectKind::View, "public", "amounts", "", ""};
    Grant g;
    g.object = view;
    g.grantee = "readonly_user";
    g.privileges = privileges;
    Grant col;
    col.object = {ObjectKind::Column, "public", "amount", "amounts", ""};
    col.grantee = "app_user";
    col.privileges = {"SELECT"};
    c.grants = {g, col};
    c.owners = {Ownership{view, "admin_role", {}}};
    Trigger t;
    t.schema = "public";
    t.table = "amounts";
    t.name = "route";
    t.definition = "CREATE TRIGGER route INSTEAD OF INSERT ON public.amounts FOR EACH ROW EXECUTE FUNCTION public.f()";
    t.function_schema = "public";
    t.function_name = "f";
    c.triggers = {t};
    normalize(c);
    return c;
  };
  // The grant on the view also changes: the in-place GRANT INSERT becomes a full grant after the view is back.
  auto p = plan(with_extras(orders("integer"), {"SELECT"}), with_extras(orders("bigint"), {"INSERT", "SELECT"}),
                PlanOptions{Strategy::Simple});
  std::vector<std::string> s = summary(p);
  auto at = [&](const std::string& what) {
    auto it = std::find(s.begin(), s.end(), what);
    REQUIRE_MESSAGE(it != s.end(), what);
    return it - s.begin();
  };
  auto create_view = at("create view public.amounts");
  CHECK(at("drop trigger public.amounts.route") < at("drop view public.amounts"));
  CHECK(at("create trigger public.amounts.route") > create_view);
  for (const auto& st : p.steps) {
    if (st.target.kind != ObjectKind::Grant && st.target.kind != ObjectKind::Owner) continue;
    CHECK(st.change == ChangeKind::Recreate);
    std::string sql;
    for (const auto& f : st.forward) sql += f + ";";
    if (st.action.rfind("create", 0) == 0)
      CHECK(at(st.action + " " + st.target.sql_name()) > create_view);
    if (st.target.kind == ObjectKind::Grant && st.action.rfind("create", 0) == 0 && st.target.name.find("readonly_user") != std::string::npos)
      CHECK(sql == "GRANT INSERT, SELECT ON TABLE public.amounts TO readonly_user;");
  }
}

TEST_CASE("an enum swap takes down and brings back what compares its columns with a literal, and nothing else") {
  auto make = [](std::vector<std::string> values) {
    Catalog c;
    EnumType e;
    e.schema = "public";
    e.name = "st";
    e.values = std::move(values);
    Table t;
    t.schema = "public";
    t.name = "t";
    Column s{"s", "public.st", false};
    s.meta.deps = {e.id()};
    t.columns = {{"id", "integer", true}, s};
    Constraint chk;
    chk.name = "s_chk";
    chk.definition = "CHECK ((s <> 'c'::public.st))";
    chk.columns = {"s"};
    Constraint plain_chk;
    plain_chk.name = "s_not_id";
    plain_chk.definition = "CHECK ((s IS NOT NULL))";
    plain_chk.columns = {"s"};
    t.constraints = {chk, plain_chk};
    c.enums = {e};
    c.tables = {t};
    c.indexes = {Index{"public", "t_a", "t", false, "USING btree (id) WHERE (s = 'a'::public.st)", {"id", "s"}},
                 Index{"public", "t_s", "t", false, "USING btree (s)", {"s"}}};
    normalize(c);
    return c;
  };
  auto p = plan(make({"a", "b", "c"}), make({"b", "a", "c"}), PlanOptions{Strategy::Online});
  CHECK(summary(p) == std::vector<std::string>{
                          "drop index public.t_a",
                          "drop constraint public.t.s_chk",
                          "alter type public.st",
                          "create constraint public.t.s_chk",  // NOT VALID, in the swap's transaction
                          "validate constraint public.t.s_chk",
                          "create index public.t_a",
                      });
  for (const auto& s : p.steps)
    if (s.target.kind == ObjectKind::Index) CHECK(s.forward[0].find("CONCURRENTLY") == std::string::npos);
}
