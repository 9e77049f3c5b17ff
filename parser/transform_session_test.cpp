#include <doctest/doctest.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::parse_error;
using testing::parse_sql;

TEST_CASE("session statements are ignored") {
  Catalog c = parse_sql(R"(
    SET statement_timeout = 0;
    SET client_encoding = 'UTF8';
    SET standard_conforming_strings = on;
    SELECT pg_catalog.set_config('search_path', '', false);
    SET check_function_bodies = false;
    SET default_tablespace = '';
    SET search_path = public, pg_catalog;
    SET search_path TO "$user", public;
    RESET search_path;
    BEGIN;
    create table t (a int);
    COMMIT;
  )");
  CHECK(c == parse_sql("create table t (a int);"));
}

TEST_CASE("a search_path other than public is refused") {
  Diagnostic d = parse_error("create schema app;\nset search_path = app;");
  CHECK(d.code == "unsupported-statement");
  CHECK(d.message == "setting search_path is not supported: schemaplan assumes the default search_path (public)");
  CHECK(d.span.str() == "test.sql:2:1");
  CHECK(parse_error("select set_config('search_path', 'app, public', false);").code == "unsupported-statement");
  CHECK(parse_sql("select 1;").tables.empty());  // a data statement: skipped (transform_generic_test.cpp)
  CHECK(parse_error("rollback;").message == "ROLLBACK is not supported yet");
}
