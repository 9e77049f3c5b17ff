#include <doctest/doctest.h>

#include "differ/change.h"

using namespace schemaplan;

namespace {
Table table(const std::string& name, std::vector<Column> columns) {
  Table t;
  t.schema = "public";
  t.name = name;
  t.columns = std::move(columns);
  return t;
}
Table partition(const std::string& name, const std::string& bound) {
  Table t = table(name, {});
  t.partition_of = TableRef{"public", "orders"};
  t.partition_bound = bound;
  return t;
}
Catalog catalog_with(std::vector<Table> tables, std::vector<Index> indexes = {}) {
  Catalog c;
  c.tables = std::move(tables);
  c.indexes = std::move(indexes);
  normalize(c);
  return c;
}
Table orders() {
  Table t = table("orders", {{"id", "integer", true}, {"region", "text", true}});
  t.partition_key = "LIST (region)";
  t.constraints = {Constraint{"orders_pkey", ConstraintType::PrimaryKey, "PRIMARY KEY (id, region)", {"id", "region"}},
                   Constraint{"orders_id_check", ConstraintType::Check, "CHECK ((id > 0))", {"id"}}};
  return t;
}
Index at_index() {
  Index i;
  i.schema = "public";
  i.name = "orders_region_idx";
  i.table = "orders";
  i.definition = "USING btree (region)";
  i.columns = {"region"};
  return i;
}
}  // namespace

TEST_CASE("a partition gets its parents' columns, checks, keys and indexes") {
  Catalog c = catalog_with({orders(), partition("orders_eu", "FOR VALUES IN ('eu')")}, {at_index()});
  const Table& p = *c.table("public", "orders_eu");
  CHECK(inherited_columns(c, p).size() == 2);
  REQUIRE(inherited_checks(c, p).size() == 1);
  CHECK(inherited_checks(c, p)[0].name == "orders_id_check");
  InheritedKeys k = inherited_keys(c, p);
  REQUIRE(k.constraints.size() == 1);
  CHECK(k.constraints[0].name == "orders_eu_pkey");
  REQUIRE(k.indexes.size() == 1);
  CHECK(k.indexes[0].name == "orders_eu_region_idx");
  CHECK(k.indexes[0].table == "orders_eu");
}

TEST_CASE("detaching a partition: what it keeps from its parent is neither added nor dropped") {
  Catalog a = catalog_with({orders(), partition("orders_eu", "FOR VALUES IN ('eu')")}, {at_index()});
  Table plain = table("orders_eu", {{"id", "integer", true}, {"region", "text", true}});
  plain.constraints = {Constraint{"orders_eu_pkey", ConstraintType::PrimaryKey, "PRIMARY KEY (id, region)", {"id", "region"}}};
  Index kept = at_index();
  kept.name = "orders_eu_region_idx";
  kept.table = "orders_eu";
  Catalog b = catalog_with({orders(), plain}, {at_index(), kept});
  auto changes = diff(a, b);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Alter);
  CHECK(changes[0].id == ObjectId{ObjectKind::Table, "public", "orders_eu", "", ""});
  CHECK(changes[0].fields == std::vector<std::string>{"partition_bound", "partition_of"});
  // And back: attaching adopts them.
  auto back = diff(b, a);
  REQUIRE(back.size() == 1);
  CHECK(back[0].kind == ChangeKind::Alter);
}

TEST_CASE("a new partition key cannot be altered in: the table is recreated") {
  Table plain = orders();
  plain.partition_key.clear();
  auto changes = diff(catalog_with({plain}), catalog_with({orders()}));
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Recreate);
}
