#include "model/sql_writer.h"

#include <doctest/doctest.h>

using namespace schemaplan::sql;

TEST_CASE("ident quotes like quote_ident") {
  CHECK(ident("users") == "users");
  CHECK(ident("user_2") == "user_2");
  CHECK(ident("Users") == "\"Users\"");
  CHECK(ident("user") == "\"user\"");      // reserved
  CHECK(ident("order") == "\"order\"");    // reserved
  CHECK(ident("integer") == "\"integer\"");  // column-name keyword
  CHECK(ident("name") == "name");          // unreserved keyword stays bare
  CHECK(ident("2fa") == "\"2fa\"");
  CHECK(ident("a b") == "\"a b\"");
  CHECK(ident("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(ident("café") == "\"café\"");
  CHECK(ident("") == "\"\"");
}

TEST_CASE("qualified and lists") {
  CHECK(qualified("public", "Order") == "public.\"Order\"");
  CHECK(qualified("", "t") == "t");
  CHECK(ident_list({"a", "B", "select"}) == "a, \"B\", \"select\"");
}

TEST_CASE("literal doubles quotes and marks backslashes") {
  CHECK(literal("it's") == "'it''s'");
  CHECK(literal("") == "''");
  CHECK(literal("a\\b") == "E'a\\\\b'");
}
