#include <doctest/doctest.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::parse_error;
using testing::parse_sql;

TEST_CASE("CREATE SCHEMA") {
  Catalog c = parse_sql("create schema app; create schema if not exists app; create schema authorization joe;"
                        "create schema \"Odd Name\" authorization joe;");
  REQUIRE(c.schemas.size() == 4);
  CHECK(c.schemas[0].name == "Odd Name");
  CHECK(c.schemas[1].name == "app");
  CHECK(c.schemas[2].name == "joe");  // named after the role
  CHECK(c.schemas[3].name == "public");
  CHECK(c.schema("app")->meta.span.str() == "test.sql:1:1");
}

TEST_CASE("schema public always exists and may be spelled out") {
  CHECK(parse_sql("").schemas.size() == 1);
  CHECK(parse_sql("create schema public;") == parse_sql(""));
  CHECK(parse_sql("create schema if not exists public;") == parse_sql(""));
}

TEST_CASE("CREATE SCHEMA errors") {
  Diagnostic d = parse_error("create schema app;\ncreate schema app;");
  CHECK(d.code == "duplicate-object");
  CHECK(d.message == "schema app already exists (defined at test.sql:1:1)");
  CHECK(d.span.str() == "test.sql:2:1");
  CHECK(parse_error("create schema s create table t (a int);").message ==
        "CREATE SCHEMA with schema elements is not supported yet");
  d = parse_error("create table app.t (a int);");
  CHECK(d.code == "undefined-object");
  CHECK(d.message == "schema app does not exist");
  CHECK(d.span.str() == "test.sql:1:14");
}

TEST_CASE("CREATE EXTENSION with its options") {
  Catalog c = parse_sql("create schema ext; create extension if not exists citext with schema ext version '1.6' cascade;"
                        "create extension hstore; create extension if not exists hstore;");
  REQUIRE(c.extensions.size() == 2);
  CHECK(c.extensions[0].name == "citext");
  CHECK(c.extensions[0].schema == "ext");
  CHECK(c.extensions[0].version == "1.6");
  CHECK(c.extensions[1].name == "hstore");
  CHECK(c.extensions[1].schema == "public");  // normalize() fills the default
  CHECK(c.extensions[1].version.empty());
  CHECK(parse_sql("create extension plpgsql with schema pg_catalog;").extensions.size() == 1);
}

TEST_CASE("CREATE EXTENSION errors") {
  CHECK(parse_error("create extension a; create extension a;").code == "duplicate-object");
  Diagnostic d = parse_error("create extension a schema nowhere;");
  CHECK(d.message == "schema nowhere does not exist");
  CHECK(d.span.str() == "test.sql:1:20");
}
