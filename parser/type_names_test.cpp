// Column types as format_type() prints them with search_path = ''. The expected texts were read from a
// PostgreSQL 15 server after creating the same columns.
#include "parser/type_names.h"

#include <doctest/doctest.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::column_of;
using testing::parse_sql;
using testing::table_of;

namespace {

std::string column_type(const std::string& decl, const std::string& prelude = "") {
  Catalog c = parse_sql(prelude + "create table t (c " + decl + ");");
  return column_of(table_of(c, "t"), "c").type;
}

}  // namespace

TEST_CASE("built-in type names are the pg_catalog ones") {
  CHECK(is_builtin_type("int4"));
  CHECK(is_builtin_type("timestamptz"));
  CHECK(is_builtin_type("pg_class"));
  CHECK_FALSE(is_builtin_type("integer"));  // a grammar spelling, not a pg_type name
  CHECK_FALSE(is_builtin_type("citext"));
  CHECK_FALSE(is_builtin_type("_int4"));  // arrays are derived
}

TEST_CASE("integer and floating point spellings") {
  for (auto s : {"int", "int4", "integer", "serial", "serial4", "pg_catalog.int4"}) CHECK(column_type(s) == "integer");
  for (auto s : {"int8", "bigint", "bigserial", "serial8"}) CHECK(column_type(s) == "bigint");
  for (auto s : {"int2", "smallint", "smallserial", "serial2"}) CHECK(column_type(s) == "smallint");
  for (auto s : {"float", "float8", "double precision", "float(25)", "float(53)"}) CHECK(column_type(s) == "double precision");
  for (auto s : {"real", "float4", "float(1)", "float(24)"}) CHECK(column_type(s) == "real");
  for (auto s : {"bool", "boolean"}) CHECK(column_type(s) == "boolean");
}

TEST_CASE("character types") {
  CHECK(column_type("varchar") == "character varying");
  CHECK(column_type("character varying") == "character varying");
  CHECK(column_type("varchar(10)") == "character varying(10)");
  CHECK(column_type("national character varying(4)") == "character varying(4)");
  CHECK(column_type("\"varchar\"(5)") == "character varying(5)");
  CHECK(column_type("char") == "character(1)");
  CHECK(column_type("character") == "character(1)");
  CHECK(column_type("char(5)") == "character(5)");
  CHECK(column_type("nchar(2)") == "character(2)");
  CHECK(column_type("bpchar(7)") == "character(7)");
  CHECK(column_type("bpchar") == "bpchar");
  CHECK(column_type("\"char\"") == "\"char\"");
  CHECK(column_type("text") == "text");
  CHECK(column_type("name") == "name");
}

TEST_CASE("numeric, date/time and bit types") {
  CHECK(column_type("decimal") == "numeric");
  CHECK(column_type("decimal(10,2)") == "numeric(10,2)");
  CHECK(column_type("numeric(5)") == "numeric(5,0)");
  CHECK(column_type("numeric(7,-2)") == "numeric(7,-2)");
  CHECK(column_type("timestamp") == "timestamp without time zone");
  CHECK(column_type("timestamp(3)") == "timestamp(3) without time zone");
  CHECK(column_type("timestamptz") == "timestamp with time zone");
  CHECK(column_type("timestamp(0) with time zone") == "timestamp(0) with time zone");
  CHECK(column_type("timestamptz(2)") == "timestamp(2) with time zone");
  CHECK(column_type("time") == "time without time zone");
  CHECK(column_type("time(9)") == "time(6) without time zone");  // PostgreSQL lowers the precision to 6
  CHECK(column_type("timetz") == "time with time zone");
  CHECK(column_type("interval") == "interval");
  CHECK(column_type("interval year to month") == "interval year to month");
  CHECK(column_type("interval(3)") == "interval(3)");
  CHECK(column_type("interval day to second(2)") == "interval day to second(2)");
  CHECK(column_type("interval second(4)") == "interval second(4)");
  CHECK(column_type("interval minute to second") == "interval minute to second");
  CHECK(column_type("bit") == "bit(1)");
  CHECK(column_type("bit(3)") == "bit(3)");
  CHECK(column_type("\"bit\"") == "\"bit\"");
  CHECK(column_type("varbit") == "bit varying");
  CHECK(column_type("bit varying(5)") == "bit varying(5)");
}

TEST_CASE("arrays print one [] whatever the dimensions") {
  CHECK(column_type("int[]") == "integer[]");
  CHECK(column_type("int[][]") == "integer[]");
  CHECK(column_type("int array") == "integer[]");
  CHECK(column_type("int array[3]") == "integer[]");
  CHECK(column_type("_int4") == "integer[]");
  CHECK(column_type("varchar(10)[]") == "character varying(10)[]");
  CHECK(column_type("timestamptz(3)[]") == "timestamp(3) with time zone[]");
}

TEST_CASE("user and extension types are schema-qualified") {
  const std::string types = "create schema app; create type mood as enum ('a'); create type app.status as enum ('x');"
                            "create type \"MyType\" as enum ('y');";
  CHECK(column_type("mood", types) == "public.mood");
  CHECK(column_type("public.mood[]", types) == "public.mood[]");
  CHECK(column_type("app.status", types) == "app.status");
  CHECK(column_type("\"MyType\"[]", types) == "public.\"MyType\"[]");
  CHECK(column_type("citext") == "public.citext");
  CHECK(column_type("ext.hstore") == "ext.hstore");
  CHECK(column_type("vector(3)") == "public.vector(3)");
}

TEST_CASE("extension types live in their extension's schema") {
  CHECK(column_type("citext", "create schema ext; create extension citext with schema ext;") == "ext.citext");
  CHECK(column_type("hstore[]", "create schema ext; create extension hstore schema ext;") == "ext.hstore[]");
  CHECK(column_type("citext", "create extension citext;") == "public.citext");
  // The extension may come after its use, even in a later file.
  Catalog c = testing::parse_files({{"a.sql", "create table t (v vector(3), w text default 'x'::vector);"},
                                    {"b.sql", "create schema ai; create extension vector with schema ai;"}});
  const Column& v = column_of(table_of(c, "t"), "v");
  CHECK(v.type == "ai.vector(3)");
  CHECK(v.meta.deps.at(0).str() == "type ai.vector");
  CHECK(*column_of(table_of(c, "t"), "w").default_expr == "'x'::ai.vector");
  TypeScope scope;
  scope.add_extension("postgis", "gis");
  CHECK(scope.schema_of("geography") == "gis");
  CHECK(scope.schema_of("mood") == "public");
  CHECK(extension_types("unknown_extension").empty());
}

TEST_CASE("invalid type modifiers are errors") {
  CHECK(testing::parse_error("create table t (c text(3));").message == "type modifier is not allowed for type text");
  CHECK(testing::parse_error("create table t (c varchar(0));").message == "length for type varchar must be at least 1");
  CHECK(testing::parse_error("create table t (c numeric(2000));").message ==
        "NUMERIC precision 2000 must be between 1 and 1000");
  Diagnostic d = testing::parse_error("create table t (\n  c text(3));");
  CHECK(d.code == "invalid-type");
  CHECK(d.span.str() == "test.sql:2:5");
}
