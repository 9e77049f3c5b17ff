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

TEST_CASE("the marker inside a string or a quoted name is not a hint, nor is one inside a block comment") {
  Catalog c = parse_sql(
      "CREATE TABLE t (id integer);\n"
      "COMMENT ON TABLE t IS 'was -- schemaplan:renamed-from old_t';\n"
      "CREATE TABLE \"u -- schemaplan:renamed-from t\" (id integer);\n"
      "/* -- schemaplan:renamed-from nothing */ CREATE TABLE v (id integer);\n");
  CHECK(c.renames.empty());
}

TEST_CASE("a line that begins inside a quoted name holding a line break continues the line the name began on") {
  // The column's definition is written on one line, but its foreign key names a column whose name holds a
  // newline: the hint at the end belongs to the column (the first definition on the line it began), not to
  // nothing, and not to the inline constraint.
  Catalog c = parse_sql(
      "CREATE TABLE p (\"line\nbreak\" integer PRIMARY KEY);\n"
      "CREATE TABLE t (\n"
      "  id integer,\n"
      "  \"new name\" integer CONSTRAINT fk REFERENCES p (\"line\nbreak\"), -- schemaplan:renamed-from \"old name\"\n"
      "  other text\n"
      ");\n");
  REQUIRE(c.renames.size() == 1);
  CHECK(c.renames[0].id.kind == ObjectKind::Column);
  CHECK(c.renames[0].id.name == "new name");
  CHECK(c.renames[0].old_name == "old name");
  CHECK(c.renames[0].span.line == 6);  // the hint is where it is written
}
