#include <doctest/doctest.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser::testing;

TEST_CASE("rename hints name the first definition on their line, or on the next line holding code") {
  Catalog c = parse_sql(
      "CREATE TABLE accounts ( -- schemaplan:renamed-from users\n"
      "  id integer PRIMARY KEY,\n"
      "  email text UNIQUE, -- schemaplan:renamed-from MAIL\n"
      "  -- schemaplan:renamed-from \"Nick Name\"\n"
      "\n"
      "  handle text,\n"
      "  CONSTRAINT accounts_handle_check CHECK (handle <> '') -- schemaplan:renamed-from users_handle_check\n"
      ");\n"
      "-- schemaplan:renamed-from users_email_idx\n"
      "CREATE INDEX accounts_email_idx ON accounts (email);\n");
  REQUIRE(c.renames.size() == 5);
  auto old_of = [&](ObjectKind k, const std::string& name) {
    for (const auto& h : c.renames)
      if (h.id.kind == k && h.id.name == name) return h.old_name;
    return std::string("?");
  };
  CHECK(old_of(ObjectKind::Table, "accounts") == "users");
  CHECK(old_of(ObjectKind::Column, "email") == "mail");
  CHECK(old_of(ObjectKind::Column, "handle") == "Nick Name");
  CHECK(old_of(ObjectKind::Constraint, "accounts_handle_check") == "users_handle_check");
  CHECK(old_of(ObjectKind::Index, "accounts_email_idx") == "users_email_idx");
  CHECK(c.renames[1].span.line > 0);
}

TEST_CASE("a rename hint that names no definition is an error at the hint") {
  Diagnostic d = parse_error("CREATE TABLE t (id integer);\n-- schemaplan:renamed-from x\n");
  CHECK(d.code == "rename-hint");
  CHECK(d.span.line == 2);
  Diagnostic e = parse_error("CREATE TABLE t (id integer); -- schemaplan:renamed-from\n");
  CHECK(e.code == "rename-hint");
}
