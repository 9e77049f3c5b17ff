#include <doctest/doctest.h>

#include "differ/change.h"
#include "differ/objects.h"

using namespace schemaplan;

namespace {
View view(std::string name, std::vector<ViewColumn> cols, std::string query, bool materialized = false) {
  View v;
  v.schema = "public";
  v.name = std::move(name);
  v.columns = std::move(cols);
  v.query = std::move(query);
  v.materialized = materialized;
  return v;
}
Catalog with(std::vector<View> views) {
  Catalog c;
  c.views = std::move(views);
  normalize(c);
  return c;
}
}  // namespace

TEST_CASE("a view that only appends columns is replaced in place, anything else is recreated") {
  auto a = view("v", {{"id", "integer"}}, "SELECT id FROM public.t");
  auto appended = view("v", {{"id", "integer"}, {"name", "text"}}, "SELECT id, name FROM public.t");
  auto changes = diff(with({a}), with({appended}));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Alter);
  CHECK(changes[0].fields == std::vector<std::string>{"columns", "query"});
  CHECK(view_replaceable(a, appended));
  CHECK_FALSE(view_replaceable(appended, a));  // the rollback drops a column

  auto retyped = view("v", {{"id", "bigint"}}, "SELECT id::bigint AS id FROM public.t");
  REQUIRE(diff(with({a}), with({retyped})).size() == 1);
  CHECK(diff(with({a}), with({retyped}))[0].kind == ChangeKind::Recreate);
}

TEST_CASE("a materialized view is recreated for a new query and refreshed in place") {
  auto a = view("m", {{"n", "bigint"}}, "SELECT count(*) AS n FROM public.t", true);
  auto b = a;
  b.query = "SELECT count(*) AS n FROM public.t WHERE x";
  CHECK(diff(with({a}), with({b}))[0].kind == ChangeKind::Recreate);
  auto c = a;
  c.with_data = false;
  auto changes = diff(with({a}), with({c}));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Alter);
  CHECK(changes[0].fields == std::vector<std::string>{"with_data"});
}

TEST_CASE("a view turned materialized is one recreation") {
  auto a = view("v", {{"id", "integer"}}, "SELECT 1 AS id");
  auto b = view("v", {{"id", "integer"}}, "SELECT 1 AS id", true);
  auto changes = diff(with({a}), with({b}));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Recreate);
  CHECK(changes[0].id.kind == ObjectKind::MaterializedView);
}

TEST_CASE("objects are found by id across kinds") {
  Catalog c = with({view("v", {{"id", "integer"}}, "SELECT 1 AS id", true)});
  int views = 0;
  for_each_object(c, [&](const ObjectId& id, const ObjectValue& v) {
    views += id.kind == ObjectKind::MaterializedView && std::holds_alternative<View>(v);
  });
  CHECK(views == 1);
  CHECK(std::holds_alternative<View>(find_object(c, {ObjectKind::MaterializedView, "public", "v", "", ""})));
  CHECK(std::holds_alternative<std::monostate>(find_object(c, {ObjectKind::View, "public", "v", "", ""})));
  CHECK(relation_id(c, "public", "v").kind == ObjectKind::MaterializedView);
  CHECK(relation_id(c, "public", "t").kind == ObjectKind::Table);
}

TEST_CASE("view options in another order are the same, column defaults change in place") {
  auto a = view("v", {{"id", "integer"}}, "SELECT id FROM public.t");
  a.options = {"check_option=local", "security_barrier=true"};
  auto b = a;
  b.options = {"security_barrier=true", "check_option=local"};
  CHECK(diff(with({a}), with({b})).empty());
  b.column_defaults = {{"id", "1"}};
  auto changes = diff(with({a}), with({b}));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Alter);
  CHECK(changes[0].fields == std::vector<std::string>{"column_defaults"});
}
