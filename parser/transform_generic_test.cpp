#include <doctest/doctest.h>

#include <algorithm>

#include "parser/test_util.h"
#include "tests/support/contains.h"

using namespace schemaplan;
using schemaplan::test_support::has;
using namespace schemaplan::parser;
using testing::generic_of;
using testing::parse_error;
using testing::parse_sql;

TEST_CASE("aggregates: identity by argument types, canonical text, dependencies, comment") {
  Catalog c = parse_sql(R"(
    create function concat_sfunc(text, text) returns text language sql as 'select $1 || $2';
    create aggregate group_concat(text) (stype = text, sfunc = concat_sfunc, parallel = safe);
    create aggregate stats.pct(float8 order by anyelement) (sfunc = ordered_set_transition, stype = internal);
    create schema stats;
    comment on aggregate group_concat(text) is 'joins';
    create view v as select group_concat(relname::text) from pg_class;
  )");
  const auto& g = generic_of(c, {ObjectKind::Aggregate, "public", "group_concat", "", "text"});
  REQUIRE(g.create.size() == 1);
  // Qualified, options sorted, function names and keywords as written, types canonical.
  CHECK(g.create[0] == "CREATE AGGREGATE public.group_concat (text) (parallel = safe, sfunc = concat_sfunc, stype = text)");
  CHECK(g.comment == std::optional<std::string>("joins"));
  CHECK(has(g.meta.deps, {ObjectKind::Function, "public", "concat_sfunc", "", "text, text"}));
  // Ordered-set: every argument is part of the identity.
  CHECK(c.generic({ObjectKind::Aggregate, "stats", "pct", "", "double precision, anyelement"}) != nullptr);
  // A view calling it depends on it.
  REQUIRE(c.views.size() == 1);
  CHECK(has(c.views[0].meta.deps, g.id()));
  // Two spellings of one aggregate are one text.
  Catalog d = parse_sql(
      "create function concat_sfunc(text, text) returns text language sql as 'select $1 || $2';"
      "CREATE AGGREGATE public.group_concat(pg_catalog.text) (SFUNC = concat_sfunc, PARALLEL = SAFE, STYPE = text);");
  CHECK(generic_of(d, g.id()).create == g.create);
}

TEST_CASE("generic objects: duplicates, missing objects, what is not modelled") {
  CHECK(parse_error("create aggregate a(int) (sfunc = int4pl, stype = int); create aggregate a(integer) (sfunc = int4pl, stype = int);")
            .code == "duplicate-object");
  CHECK(parse_error("comment on aggregate nope(int) is 'x';").message == "aggregate public.nope(integer) does not exist");
  CHECK(parse_error("alter aggregate nope(int) owner to bob;").message == "aggregate public.nope(integer) does not exist");
  CHECK(parse_error("create aggregate a (basetype = int, sfunc = int4pl, stype = int);").code == "unsupported-statement");
  CHECK(parse_error("create type t (input = f, output = g);").message ==
        "CREATE TYPE with input and output functions (a base type) is not supported yet");
}

TEST_CASE("data statements are counted, or errors when strict") {
  std::vector<Diagnostic> warnings;
  Catalog c = parse({{"s.sql", "create table t (a int);\ninsert into t values (1);\nupdate t set a = 2;\nselect f();\n"}}, {},
                    &warnings);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].severity == Severity::Warning);
  CHECK(warnings[0].span.str() == "s.sql:2:1");
  CHECK(warnings[0].message.find("skipped 3 data statements (the first is this INSERT)") == 0);
  ParseOptions strict;
  strict.strict = true;
  try {
    parse({{"s.sql", "create table t (a int);\ndelete from t;\n"}}, strict);
    FAIL("expected an error");
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().code == "data-statement");
    CHECK(e.diagnostic().span.str() == "s.sql:2:1");
  }
}
