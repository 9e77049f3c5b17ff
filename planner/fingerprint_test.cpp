#include "planner/fingerprint.h"

#include <doctest/doctest.h>

using namespace schemaplan;

namespace {
Catalog one_table(const std::string& column_type) {
  Catalog c;
  c.schemas.push_back(Schema{.name = "app"});
  Table t;
  t.schema = "app";
  t.name = "users";
  t.columns.push_back(Column{.name = "id", .type = column_type, .not_null = true});
  c.tables.push_back(t);
  return c;
}
}  // namespace

TEST_CASE("catalog_fingerprint: equal catalogs hash alike, a changed column does not") {
  std::string a = catalog_fingerprint(one_table("integer"));
  CHECK(a.size() == 64);
  CHECK(a == catalog_fingerprint(one_table("integer")));
  CHECK(a != catalog_fingerprint(one_table("bigint")));
  CHECK(a != catalog_fingerprint(Catalog{}));
}

TEST_CASE("catalog_fingerprint ignores owners, the connecting role and rename hints") {
  Catalog c = one_table("integer");
  std::string plain = catalog_fingerprint(c);
  c.connecting_role = "deployer";
  c.owners.push_back(Ownership{.object = ObjectId{ObjectKind::Table, "app", "users", "", ""}, .owner = "app_owner"});
  CHECK(catalog_fingerprint(c) == plain);
}

TEST_CASE("catalog_fingerprint: a column's position is not part of it, as in the differ") {
  Catalog a = one_table("integer");
  a.tables[0].columns.push_back(Column{.name = "email", .type = "text"});
  Catalog b = a;
  std::swap(b.tables[0].columns[0], b.tables[0].columns[1]);
  CHECK(catalog_fingerprint(a) == catalog_fingerprint(b));
}
