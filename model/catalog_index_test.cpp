#include <doctest/doctest.h>

#include "model/catalog_index.h"

using namespace schemaplan;

TEST_CASE("CatalogIndex answers as Catalog's own lookups do, schema by schema") {
  Catalog c;
  for (const char* s : {"a", "b"}) {
    Table t;
    t.schema = s;
    t.name = "items";
    c.tables.push_back(t);
    Index i;
    i.schema = s;
    i.name = "items_idx";
    i.table = "items";
    c.indexes.push_back(i);
  }
  View v;
  v.schema = "a";
  v.name = "recent";
  c.views.push_back(v);
  Function f;
  f.schema = "a";
  f.name = "total";
  f.signature = "integer";
  c.functions.push_back(f);
  f.signature = "bigint";
  c.functions.push_back(f);
  EnumType e;
  e.schema = "b";
  e.name = "mood";
  c.enums.push_back(e);

  CatalogIndex idx(c);
  CHECK(idx.table("a", "items") == c.table("a", "items"));
  CHECK(idx.table("b", "items") == c.table("b", "items"));
  CHECK(idx.table("a", "items") != idx.table("b", "items"));
  CHECK_FALSE(idx.table("c", "items"));
  CHECK(idx.view("a", "recent") == c.view("a", "recent"));
  CHECK(idx.relation_id("a", "recent") == c.views[0].id());
  CHECK(idx.relation_id("a", "items").kind == ObjectKind::Table);
  CHECK(idx.relation_id("a", "nothing").kind == ObjectKind::Table);
  REQUIRE(idx.indexes_on("b", "items").size() == 1);
  CHECK(idx.indexes_on("b", "items")[0] == &c.indexes[1]);
  CHECK(idx.indexes_on("c", "items").empty());
  CHECK(idx.callables("a", "total").size() == 2);
  CHECK(idx.callables("b", "total").empty());
  CHECK(idx.has_user_type("b", "mood"));
  CHECK_FALSE(idx.has_user_type("a", "mood"));
}

TEST_CASE("CatalogIndex lists the constraints referencing a table in catalog order, each with its table") {
  Catalog c;
  auto table = [&](const std::string& schema, const std::string& name) -> Table& {
    Table t;
    t.schema = schema;
    t.name = name;
    c.tables.push_back(t);
    return c.tables.back();
  };
  auto fk = [](const std::string& name, const std::string& ref_schema, const std::string& ref_table) {
    Constraint k;
    k.name = name;
    k.type = ConstraintType::ForeignKey;
    k.ref_schema = ref_schema;
    k.ref_table = ref_table;
    return k;
  };
  table("a", "parent");
  table("b", "parent");
  Table& orders = table("a", "orders");
  orders.constraints.push_back(fk("orders_b", "b", "parent"));
  orders.constraints.push_back(fk("orders_a", "a", "parent"));
  Constraint check;
  check.name = "orders_check";
  check.type = ConstraintType::Check;
  orders.constraints.push_back(check);
  Table& lines = table("a", "lines");
  lines.constraints.push_back(fk("lines_a", "a", "parent"));

  CatalogIndex idx(c);
  const auto& to_a = idx.referencing("a", "parent");
  REQUIRE(to_a.size() == 2);
  CHECK(to_a[0].first == &c.tables[2]);
  CHECK(to_a[0].second->name == "orders_a");
  CHECK(to_a[1].first == &c.tables[3]);
  CHECK(to_a[1].second->name == "lines_a");
  REQUIRE(idx.referencing("b", "parent").size() == 1);
  CHECK(idx.referencing("b", "parent")[0].second->name == "orders_b");
  CHECK(idx.referencing("a", "orders").empty());
  CHECK(idx.referencing("a", "").empty());  // a CHECK references nothing
}
