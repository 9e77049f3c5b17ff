#include "parser/source_split.h"

#include <doctest/doctest.h>

#include "model/diagnostic.h"
#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;

namespace {

Diagnostic split_error(const std::string& text) {
  SourceFile f{"f.sql", text};
  LineIndex lines(f.text);
  try {
    for (const auto& st : split_statements(f, lines)) {
      TreeArena arena;
      parse_statement(arena, f, lines, st);
    }
  } catch (const DiagnosticError& e) {
    CHECK(e.source() == text);  // the CLI prints the line and a caret from it
    return e.diagnostic();
  }
  FAIL("no error for: " << text);
  return {};
}

}  // namespace

TEST_CASE("line index maps byte offsets to 1-based line and byte column") {
  LineIndex idx("ab\ncd\n\nx");
  CHECK(idx.span("f", 0).str() == "f:1:1");
  CHECK(idx.span("f", 1).str() == "f:1:2");
  CHECK(idx.span("f", 3).str() == "f:2:1");
  CHECK(idx.span("f", 6).str() == "f:3:1");
  CHECK(idx.span("f", 7).str() == "f:4:1");
}

TEST_CASE("skip_blanks skips whitespace, line comments and nested block comments") {
  CHECK(skip_blanks("  -- a\n  /* b /* nested */ still */ x", 0) == 36);
  CHECK(skip_blanks("x", 0) == 0);
  CHECK(skip_blanks("   ", 0) == 3);
}

TEST_CASE("statements start at their first token, after comments") {
  SourceFile f{"f.sql", "-- header\ncreate table a (x int);\n\n/* c */  create table b (y int);\n;\n-- trailing\n"};
  LineIndex lines(f.text);
  auto st = split_statements(f, lines);
  REQUIRE(st.size() == 2);
  CHECK(lines.span(f.path, st[0].start).str() == "f.sql:2:1");
  CHECK(lines.span(f.path, st[1].start).str() == "f.sql:4:10");
  CHECK(f.text.substr(st[1].start, 14) == "create table b");
}

TEST_CASE("a syntax error points at the failing token with libpg_query's message") {
  Diagnostic d = split_error("create table a (x int);\n\n  create TABEL b (y int);\n");
  CHECK(d.code == "parse-error");
  CHECK(d.message == "syntax error at or near \"TABEL\"");
  CHECK(d.span.str() == "f.sql:3:10");
}

TEST_CASE("syntax newer than PostgreSQL 15 gets a hint") {
  const std::string hint = "(schemaplan's parser is PostgreSQL 15; this looks like PostgreSQL 16+ syntax)";
  SUBCASE("underscores in numbers") {
    Diagnostic d = split_error("create table t (x int default 1_000_000);");
    CHECK(d.message == "trailing junk after numeric literal at or near \"1_\" " + hint);
    CHECK(d.span.str() == "f.sql:1:31");
  }
  SUBCASE("hexadecimal integers") { CHECK(split_error("create table t (x int default 0x1F);").message.ends_with(hint)); }
  SUBCASE("IS JSON") { CHECK(split_error("create table t (j text check (j is json));").message.ends_with(hint)); }
  SUBCASE("JSON_TABLE") { CHECK(split_error("select * from json_table(j, '$' columns (a int));").message.ends_with(hint)); }
  SUBCASE("virtual generated columns") {
    CHECK(split_error("create table t (a int generated always as (1) virtual);").message.ends_with(hint));
  }
  SUBCASE("WITHOUT OVERLAPS") {
    CHECK(split_error("create table t (a int, b tsrange, primary key (a, b without overlaps));").message.ends_with(hint));
  }
  SUBCASE("no hint for a plain typo") {
    CHECK(split_error("create tabel t (a int);").message == "syntax error at or near \"tabel\"");
  }
}

TEST_CASE("psql meta-commands: pg_dump's \\restrict lines are skipped, others explained") {
  SourceFile f{"f.sql", "\\restrict abc123\ncreate table a (x int);\n\\unrestrict abc123\n"};
  LineIndex lines(f.text);
  auto st = split_statements(f, lines);
  REQUIRE(st.size() == 1);
  CHECK(lines.span(f.path, st[0].start).str() == "f.sql:2:1");
  Diagnostic d = split_error("\\connect db\ncreate table a (x int);");
  CHECK(d.message.ends_with("(psql meta-commands are not supported in schema files)"));
  CHECK(d.span.str() == "f.sql:1:1");
}

TEST_CASE("a parse error in a later file carries that file's name and text") {
  try {
    testing::parse_files({{"a.sql", "create table a (x int);"}, {"b.sql", "create table b (\n  y int,\n);"}});
    FAIL("expected a parse error");
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().span.str() == "b.sql:3:1");
    CHECK(e.source().starts_with("create table b"));
    CHECK(e.formatted() == "b.sql:3:1: error: syntax error at or near \")\"\n);\n^\n");
  }
}

TEST_CASE("a statement nested too deeply is a parse error at the statement, not a stack overflow") {
  auto chain = [](int terms) {
    std::string sql = "CREATE TABLE t (a integer CHECK (a > 1";
    for (int i = 1; i < terms; ++i) sql += " + 1";
    return sql + "));\n";
  };
  auto depth = [](const std::string& sql) {
    PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql.c_str());
    REQUIRE(!r.error);
    size_t d = tree_depth(r.parse_tree, 1000000);
    pg_query_free_protobuf_parse_result(r);
    return d;
  };
  size_t shallow = depth("CREATE TABLE t (a integer PRIMARY KEY, b text DEFAULT 'x' CHECK (b <> ''));");
  CHECK(shallow > 3);
  CHECK(shallow < 30);
  MESSAGE("depth of 100 and 1000 terms: " << depth(chain(100)) << " " << depth(chain(1000)));
  CHECK(depth(chain(1000)) > depth(chain(100)));
  CHECK(testing::parse_sql(chain(800)).tables.size() == 1);  // long, but fine
  Diagnostic d = testing::parse_error("CREATE TABLE u (id integer);\n" + chain(20000));
  CHECK(d.code == "parse-error");
  CHECK(d.span.line == 2);
  CHECK(d.message.find("nested too deeply") != std::string::npos);
}

namespace {

// A tree's protobuf bytes: two trees are the same when these are.
std::string packed(const Node* n) {
  std::string out(pg_query__node__get_packed_size(n), '\0');
  pg_query__node__pack(n, reinterpret_cast<uint8_t*>(out.data()));
  return out;
}

// parse_split_by_scanner() on `text`, checked against the parser's split: when it answers, the statements,
// their offsets and their trees are the parser path's. Returns whether it answered.
bool scanner_split_agrees(const std::string& text) {
  SourceFile f{"f.sql", text};
  LineIndex lines(f.text);
  TreeArena arena;
  std::optional<std::vector<ParsedStatement>> fast = parse_split_by_scanner(arena, f);
  std::vector<std::pair<StatementText, std::string>> slow;
  bool slow_ok = true;
  try {
    for (const auto& st : split_statements(f, lines)) slow.emplace_back(st, packed(parse_statement(arena, f, lines, st)));
  } catch (const DiagnosticError&) {
    slow_ok = false;
  }
  if (!fast) return false;
  CHECK(slow_ok);
  REQUIRE(fast->size() == slow.size());
  for (size_t i = 0; i < slow.size(); ++i) {
    CHECK((*fast)[i].text.offset == slow[i].first.offset);
    CHECK((*fast)[i].text.start == slow[i].first.start);
    CHECK((*fast)[i].text.text == slow[i].first.text);
    CHECK(packed((*fast)[i].tree) == slow[i].second);
  }
  return true;
}

}  // namespace

TEST_CASE("the scanner splits as the parser does, or leaves the file to the parser") {
  // Taken: the statements and trees are the parser path's.
  CHECK(scanner_split_agrees("create table a (x int);\ncreate table b (y int default 1)"));
  CHECK(scanner_split_agrees(";; -- lead\n/* a /* nested */ ; */ create table a (x text default ';');;\n"
                             "create function f() returns int language sql as $$ select 1; select 2 $$;\n-- tail\n"));
  CHECK(scanner_split_agrees("create table t (a int);\ncreate rule r as on insert to t do also "
                             "(insert into t values (1); insert into t values (2));\ncreate table u (b int);"));
  CHECK(scanner_split_agrees("create table t (a int);\r\n-- c\r\ncreate table u (b int);\r\n/* end */"));
  CHECK(scanner_split_agrees("\\restrict k\ncreate table t (a int);\ncopy t (a) from stdin;\n1;\n2\n\\.\n\\unrestrict k\n"));
  // Left to the parser: a `;` inside a statement outside parentheses, text the scanner drops, errors.
  CHECK_FALSE(scanner_split_agrees("create table t (a int);\ncreate function f() returns int language sql\n"
                                   "begin atomic select 1; select 2; end;\ncreate table u (b int);"));
  CHECK_FALSE(scanner_split_agrees("create table t (a int);\nfoo;\ncreate table u (b int);"));
  CHECK_FALSE(scanner_split_agrees("create table t (a int); foo"));
  CHECK_FALSE(scanner_split_agrees("create table t (a int);\v\ncreate table u (b int);"));
  CHECK_FALSE(scanner_split_agrees("create table t (a int)); create table u (b int);"));
  CHECK_FALSE(scanner_split_agrees("create table t (a int; create table u (b int);"));
  CHECK_FALSE(scanner_split_agrees("create tabel t (a int);"));
  CHECK_FALSE(scanner_split_agrees("create table t (a int); /* open"));
  CHECK_FALSE(scanner_split_agrees("create table t (a text default 'open);"));
}

TEST_CASE("a parse tree nests at most half its packed size plus one levels") {
  // What lets too_deep() skip tree_depth() for results shorter than 2 * kMaxTreeDepth bytes.
  for (int n : {0, 1, 10, 100, 1000}) {
    std::string sql = "CREATE TABLE t (a int CHECK (a > ";
    for (int i = 0; i < n; ++i) sql += "abs(";
    sql += "1" + std::string(static_cast<size_t>(n), ')') + "))";
    PgQueryProtobufParseResult r = pg_query_parse_protobuf(sql.c_str());
    REQUIRE(!r.error);
    CHECK(tree_depth(r.parse_tree, 1000000) <= r.parse_tree.len / 2 + 1);
    pg_query_free_protobuf_parse_result(r);
  }
}
