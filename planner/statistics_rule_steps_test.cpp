// Steps of rules and statistics objects (kept as DDL text): what changes in place, what is made again around a
// column that changes, and the locks taken on the relation they hang off.
#include <doctest/doctest.h>

#include <algorithm>

#include "planner/planner.h"

using namespace schemaplan;

namespace {

Catalog regional_orders(const std::string& region_type) {
  Catalog c;
  Table t;
  t.schema = "public";
  t.name = "orders";
  for (const auto& [name, type] : std::vector<std::pair<std::string, std::string>>{{"id", "integer"}, {"region", region_type}, {"city", "text"}}) {
    Column col;
    col.name = name;
    col.type = type;
    t.columns.push_back(col);
  }
  c.tables.push_back(t);
  normalize(c);
  return c;
}

GenericObject statistics(std::vector<std::string> create) {
  GenericObject g;
  g.kind = ObjectKind::Statistics;
  g.schema = "public";
  g.name = "orders_place";
  g.create = std::move(create);
  g.meta.deps = {{ObjectKind::Table, "public", "orders", "", ""},
                 {ObjectKind::Column, "public", "region", "orders", ""},
                 {ObjectKind::Column, "public", "city", "orders", ""}};
  return g;
}

GenericObject rule(const std::string& action) {
  GenericObject g;
  g.kind = ObjectKind::Rule;
  g.schema = "public";
  g.name = "orders_keep";
  g.parent = "orders";
  g.create = {"CREATE RULE orders_keep AS ON DELETE TO public.orders DO " + action};
  g.meta.deps = {{ObjectKind::Table, "public", "orders", "", ""}};
  return g;
}

std::vector<std::string> statements(const Plan& p) {
  std::vector<std::string> out;
  for (const auto& s : p.steps)
    for (const auto& f : s.forward) out.push_back(f);
  return out;
}

size_t index_of(const std::vector<std::string>& v, const std::string& s) {
  auto it = std::find(v.begin(), v.end(), s);
  REQUIRE_MESSAGE(it != v.end(), s);
  return static_cast<size_t>(it - v.begin());
}

}  // namespace

TEST_CASE("a statistics target changes in place, a column retyped under the object makes it again around the change") {
  const std::string create = "CREATE STATISTICS public.orders_place ON region, city FROM public.orders";
  Catalog a = regional_orders("integer"), b = regional_orders("integer");
  a.generics.push_back(statistics({create}));
  b.generics.push_back(statistics({create, "ALTER STATISTICS public.orders_place SET STATISTICS 500"}));
  Plan up = plan(a, b);
  REQUIRE(up.steps.size() == 1);
  CHECK(up.steps[0].forward == std::vector<std::string>{"ALTER STATISTICS public.orders_place SET STATISTICS 500"});
  CHECK(up.steps[0].rollback == std::vector<std::string>{"ALTER STATISTICS public.orders_place SET STATISTICS -1"});
  CHECK(up.steps[0].lock == LockLevel::None);

  Catalog c = regional_orders("bigint");
  c.generics.push_back(statistics({create}));
  a.generics[0] = statistics({create});
  PlanOptions simple;
  simple.strategy = Strategy::Simple;
  auto s = statements(plan(a, c, simple));
  size_t drop = index_of(s, "DROP STATISTICS public.orders_place");
  size_t again = index_of(s, create);
  size_t retype = std::find_if(s.begin(), s.end(), [](const std::string& x) { return x.find("ALTER COLUMN region TYPE bigint") != std::string::npos; }) - s.begin();
  REQUIRE(retype < s.size());
  CHECK(drop < retype);
  CHECK(retype < again);
}

TEST_CASE("a changed rule is replaced in place under ACCESS EXCLUSIVE, a dropped one is dropped by its table") {
  Catalog a = regional_orders("integer"), b = regional_orders("integer");
  a.generics.push_back(rule("INSTEAD NOTHING"));
  b.generics.push_back(rule("NOTIFY orders_changed"));
  Plan up = plan(a, b);
  REQUIRE(up.steps.size() == 1);
  CHECK(up.steps[0].forward ==
        std::vector<std::string>{"CREATE OR REPLACE RULE orders_keep AS ON DELETE TO public.orders DO NOTIFY orders_changed"});
  CHECK(up.steps[0].rollback ==
        std::vector<std::string>{"CREATE OR REPLACE RULE orders_keep AS ON DELETE TO public.orders DO INSTEAD NOTHING"});
  CHECK(up.steps[0].lock == LockLevel::AccessExclusive);
  CHECK(up.steps[0].locked_table == "public.orders");
  // CREATE OR REPLACE RULE keeps a disabled rule disabled: enabling it again is a statement of its own.
  a.generics[0].create.push_back("ALTER TABLE public.orders DISABLE RULE orders_keep");
  Plan enable = plan(a, b);
  REQUIRE(enable.steps.size() == 1);
  CHECK(enable.steps[0].forward ==
        std::vector<std::string>{"CREATE OR REPLACE RULE orders_keep AS ON DELETE TO public.orders DO NOTIFY orders_changed",
                                 "ALTER TABLE public.orders ENABLE RULE orders_keep"});
  CHECK(enable.steps[0].rollback ==
        std::vector<std::string>{"CREATE OR REPLACE RULE orders_keep AS ON DELETE TO public.orders DO INSTEAD NOTHING",
                                 "ALTER TABLE public.orders DISABLE RULE orders_keep"});
  a.generics[0].create.pop_back();
  Plan drop = plan(a, regional_orders("integer"));
  REQUIRE(drop.steps.size() == 1);
  CHECK(drop.steps[0].forward == std::vector<std::string>{"DROP RULE orders_keep ON public.orders"});
  CHECK(drop.steps[0].lock == LockLevel::AccessExclusive);
}
