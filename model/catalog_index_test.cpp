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
