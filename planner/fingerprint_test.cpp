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

TEST_CASE("catalog_fingerprint: a child's own copy of an inherited column or CHECK is not part of it") {
  Catalog c = one_table("integer");
  c.tables[0].constraints.push_back(
      Constraint{.name = "users_id_check", .definition = "CHECK ((id > 0))", .columns = {"id"}});
  Table child;
  child.schema = "app";
  child.name = "admins";
  child.inherits = {TableRef{"app", "users"}};
  child.columns = {Column{.name = "level", .type = "integer"}};
  Catalog inherited_only = c;
  inherited_only.tables.push_back(child);
  // As a table that joined its parent with ALTER TABLE ... INHERIT reads back: the columns and CHECK stay its own.
  child.columns.insert(child.columns.begin(), Column{.name = "id", .type = "integer", .not_null = true});
  child.constraints.push_back(c.tables[0].constraints[0]);
  Catalog own_copies = c;
  own_copies.tables.push_back(child);
  CHECK(catalog_fingerprint(inherited_only) == catalog_fingerprint(own_copies));
  own_copies.tables[1].columns.push_back(Column{.name = "extra", .type = "text"});
  CHECK(catalog_fingerprint(inherited_only) != catalog_fingerprint(own_copies));
}
