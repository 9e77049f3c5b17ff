#include <doctest/doctest.h>

#include "cli/role_check.h"
#include "model/diagnostic.h"
#include "tests/support/test_db.h"

namespace schemaplan::cli {

TEST_CASE("the roles a desired schema names must exist on the starting server") {
  Catalog c;
  Grant g;
  g.object = {ObjectKind::Table, "public", "t", "", ""};
  g.grantee = "schemaplan_no_such_role";
  g.privileges = {"SELECT"};
  c.grants = {g};
  Ownership o{{ObjectKind::Table, "public", "t", "", ""}, "postgres", {}};
  c.owners = {o};
  CHECK(named_roles(c).size() == 2);
  GenericObject m;
  m.kind = ObjectKind::UserMapping;
  m.name = "mapped_role";
  m.parent = "s";
  GenericObject mine = m;
  mine.name = "CURRENT_USER";
  c.generics = {m, mine};
  CHECK(named_roles(c).count("mapped_role"));
  CHECK(named_roles(c).size() == 3);
  c.generics.clear();
  testing::ScratchDb db;
  try {
    check_roles_exist(c, {}, db.conninfo());
    FAIL("a missing role must be an error");
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().code == "missing-role");
    CHECK(e.diagnostic().message.find("schemaplan_no_such_role") != std::string::npos);
  }
  c.grants.clear();
  CHECK_NOTHROW(check_roles_exist(c, {}, db.conninfo()));  // postgres exists
}

}  // namespace schemaplan::cli
