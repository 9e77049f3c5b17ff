#include <doctest/doctest.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::parse_error;
using testing::parse_sql;
using V = std::vector<std::string>;

TEST_CASE("CREATE TYPE AS ENUM, qualified or not") {
  Catalog c = parse_sql("create schema app; create type app.status as enum ('new', 'done'); create type mood as enum ();");
  REQUIRE(c.enums.size() == 2);
  CHECK(c.enum_type("app", "status")->values == V{"new", "done"});
  CHECK(c.enum_type("public", "mood")->values.empty());
  CHECK(c.enum_type("app", "status")->meta.span.str() == "test.sql:1:20");
}

TEST_CASE("ALTER TYPE ... ADD VALUE and RENAME VALUE, in any order with the CREATE") {
  Catalog c = parse_sql(R"(
    alter type mood add value 'c';
    alter type mood add value 'a0' before 'b';
    alter type mood add value 'z' after 'a';
    alter type mood add value if not exists 'a';
    alter type mood rename value 'c' to 'sea';
    create type mood as enum ('a', 'b');
  )");
  CHECK(c.enum_type("public", "mood")->values == V{"a", "z", "a0", "b", "sea"});
}

TEST_CASE("enum errors") {
  CHECK(parse_error("create type m as enum ('a', 'a');").message == "enum label 'a' used more than once");
  CHECK(parse_error("create type m as enum ('a'); alter type m add value 'a';").message == "enum label 'a' already exists");
  CHECK(parse_error("create type m as enum ('a'); alter type m add value 'b' after 'x';").message ==
        "'x' is not an existing enum label");
  Diagnostic d = parse_error("create type m as enum ('a');\nalter type nope add value 'b';");
  CHECK(d.code == "undefined-object");
  CHECK(d.message == "enum type public.nope does not exist");
  CHECK(d.span.str() == "test.sql:2:1");
  CHECK(parse_error("create type m as enum ('a'); create type m as enum ('b');").code == "duplicate-object");
  CHECK(parse_error("create type t as enum ('a'); create table t (a int);").code == "duplicate-object");
  CHECK(parse_error("create type m as enum ('" + std::string(64, 'x') + "');").code == "invalid-definition");
  CHECK(parse_error("create type c as (a int); create table c (a int);").code == "duplicate-object");
  CHECK(parse_error("create type r as range (subtype = int4); create type r as enum ('a');").code == "duplicate-object");
}
