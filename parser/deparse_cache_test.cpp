#include "parser/deparse_cache.h"

#include <doctest/doctest.h>

using namespace schemaplan::parser;

namespace {

// The statement of `sql` (one statement), unpacked into `arena`.
Node* statement(TreeArena& arena, const std::string& sql) {
  PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql.c_str());
  REQUIRE_MESSAGE(r.error == nullptr, (r.error ? r.error->message : ""));
  PgQuery__ParseResult* tree = arena.unpack(r.parse_tree);
  pg_query_free_protobuf_parse_result(r);
  REQUIRE(tree->n_stmts == 1);
  return tree->stmts[0]->stmt;
}

// The first expression a `SELECT <expr>` selects.
Node* expression(TreeArena& arena, const std::string& sql) {
  return statement(arena, sql)->select_stmt->target_list[0]->res_target->val;
}

}  // namespace

TEST_CASE("a tree keys alike wherever its text stood, and apart when anything but that differs") {
  TreeArena arena;
  TreeKeys keys;
  auto key = [&](const std::string& sql) { return keys.key(&expression(arena, sql)->base); };
  CHECK(key("SELECT now()") == key("SELECT        now()"));
  CHECK(key("SELECT x + 1") == key("SELECT  x + 1"));
  CHECK(key("SELECT x + 1") != key("SELECT x+1"));  // the same meaning, other relative positions: a miss
  CHECK(key("SELECT 0") != key("SELECT 1"));
  CHECK(key("SELECT 'a'") != key("SELECT 'b'"));
  CHECK(key("SELECT 'a'") != key("SELECT 'a'::text"));
  CHECK(key("SELECT a.b") != key("SELECT a.c"));
  CHECK(key("SELECT f(1, 2)") != key("SELECT f(1)"));
  CHECK(key("SELECT x = ANY (ARRAY[1, 2])") != key("SELECT x = ANY (ARRAY[2, 1])"));
  // libpg_query prints these two differently by the order of the literal and the type name.
  CHECK(key("SELECT point '(1,2)'") != key("SELECT '(1,2)'::point"));
  // Different message types with the same fields do not collide.
  CHECK(keys.key(&statement(arena, "CREATE SCHEMA s")->base) != keys.key(&statement(arena, "DROP SCHEMA s")->base));
}

TEST_CASE("a remembered deparse is the one libpg_query prints") {
  TreeArena arena;
  DeparseCache cache;
  const char* statements[] = {
      "SELECT now()",
      "SELECT      now()",
      "SELECT point '(1,2)'",
      "SELECT '(1,2)'::point",
      "SELECT   point '(1,2)'",
      "SELECT 0",
      "SELECT 1",
      "SELECT (now() AT TIME ZONE 'utc')::text",
      "ALTER TABLE x ADD PRIMARY KEY (id)",
      "ALTER TABLE x ADD   PRIMARY KEY (id)",
      "ALTER TABLE x ADD PRIMARY KEY (other)",
      "CREATE TABLE t (a int DEFAULT 0, b text DEFAULT '')",
  };
  for (int round = 0; round < 2; ++round)
    for (const char* sql : statements) {
      CAPTURE(sql);
      Node* stmt = statement(arena, sql);
      CHECK(cache.deparse(stmt) == deparse_statement(stmt));
    }
  // The two spellings print differently (`SELECT  point '(1,2)'`, `SELECT '(1,2)'::point`): neither is served
  // the other's text.
  CHECK(cache.deparse(statement(arena, "SELECT point '(1,2)'")) != cache.deparse(statement(arena, "SELECT '(1,2)'::point")));
  CHECK(cache.deparse(statement(arena, "SELECT '(1,2)'::point")) == "SELECT '(1,2)'::point");
}
