#include <doctest/doctest.h>

#include "differ/change.h"
#include "planner/sql/ddl.h"

using namespace schemaplan;

namespace {

Grant grant(ObjectId object, std::vector<std::string> privs, std::vector<std::string> grantable = {},
            std::vector<std::string> revoked = {}) {
  return Grant{std::move(object), "bob", std::move(privs), std::move(grantable), std::move(revoked), {}};
}

const ObjectId kTable{ObjectKind::Table, "public", "t", "", ""};

}  // namespace

TEST_CASE("grant changes: revokes first, then grants, grant options apart") {
  CHECK(ddl::change_grant(grant(kTable, {"DELETE", "SELECT"}, {"SELECT"}), grant(kTable, {"SELECT", "UPDATE"})) ==
        ddl::Statements{"REVOKE DELETE ON TABLE public.t FROM bob",
                        "REVOKE GRANT OPTION FOR SELECT ON TABLE public.t FROM bob",
                        "GRANT UPDATE ON TABLE public.t TO bob"});
  CHECK(ddl::change_grant(grant(kTable, {"SELECT"}), grant(kTable, {"INSERT", "SELECT"}, {"INSERT", "SELECT"})) ==
        ddl::Statements{"GRANT INSERT, SELECT ON TABLE public.t TO bob WITH GRANT OPTION"});
  ObjectId column{ObjectKind::Column, "public", "Email", "t", ""};
  CHECK(ddl::change_grant(grant(column, {}), grant(column, {"SELECT", "UPDATE"})) ==
        ddl::Statements{"GRANT SELECT (\"Email\"), UPDATE (\"Email\") ON TABLE public.t TO bob"});
  ObjectId type{ObjectKind::Type, "public", "mood", "", ""};
  Grant pub{type, "PUBLIC", {}, {}, {"USAGE"}, {}};
  CHECK(ddl::change_grant(Grant{type, "PUBLIC", {}, {}, {}, {}}, pub) ==
        ddl::Statements{"REVOKE USAGE ON TYPE public.mood FROM PUBLIC"});
  ObjectId fn{ObjectKind::Function, "app", "f", "", "integer, text"};
  CHECK(ddl::change_grant(grant(fn, {"EXECUTE"}), grant(fn, {})) ==
        ddl::Statements{"REVOKE EXECUTE ON FUNCTION app.f(integer, text) FROM bob"});
}

TEST_CASE("default privileges and policies") {
  DefaultPrivilege none{"admin", "app", 'r', "bob", {}, {}, {}, {}};
  DefaultPrivilege some = none;
  some.privileges = {"SELECT"};
  CHECK(ddl::change_default_privilege(none, some) ==
        ddl::Statements{"ALTER DEFAULT PRIVILEGES FOR ROLE admin IN SCHEMA app GRANT SELECT ON TABLES TO bob"});
  Policy p;
  p.schema = "public";
  p.table = "t";
  p.name = "own";
  p.permissive = false;
  p.command = "UPDATE";
  p.roles = {"PUBLIC", "bob"};
  p.using_expr = "owner = current_user";
  p.check_expr = "n > 0";
  p.comment = "mine";
  CHECK(ddl::create_policy(p) ==
        ddl::Statements{"CREATE POLICY own ON public.t AS RESTRICTIVE FOR UPDATE TO PUBLIC, bob USING (owner = current_user) "
                        "WITH CHECK (n > 0)",
                        "COMMENT ON POLICY own ON public.t IS 'mine'"});
  Policy q = p;
  q.roles = {"bob"};
  q.check_expr = "n > 1";
  CHECK(ddl::alter_policy(p, q) == ddl::Statements{"ALTER POLICY own ON public.t TO bob WITH CHECK (n > 1)"});
}

TEST_CASE("the differ recreates a policy ALTER POLICY cannot change") {
  Catalog a, b;
  Policy p;
  p.schema = "public";
  p.table = "t";
  p.name = "own";
  p.using_expr = "true";
  a.policies = {p};
  p.roles = {"bob"};
  b.policies = {p};
  auto changes = diff(a, b);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Alter);
  p.command = "SELECT";
  b.policies = {p};
  changes = diff(a, b);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].kind == ChangeKind::Recreate);
  CHECK(changes[0].fields == std::vector<std::string>{"command", "roles"});
}
