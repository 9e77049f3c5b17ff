#include <doctest/doctest.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::parse_error;
using testing::parse_sql;

namespace {

const Function& function_named(const Catalog& c, const std::string& name) {
  for (const auto& f : c.functions)
    if (f.name == name) return f;
  FAIL("no function " << name << "\n" << testing::dump(c));
  throw;
}

}  // namespace

TEST_CASE("ALTER FUNCTION: the attributes as if written in the CREATE") {
  const char* create = R"(
    create function public.f(a int) returns setof int language sql as 'select a';
    create procedure public.p() language sql as 'select 1';
  )";
  Catalog altered = parse_sql(std::string(create) + R"(
    alter function f(integer) set search_path = public, pg_temp security definer cost 5 stable strict
      leakproof parallel safe rows 20 set work_mem = '64MB';
    alter function f set work_mem to default;
    alter routine public.f(int4) set statement_timeout = 0;
    alter procedure p() security definer set search_path = public;
  )");
  Catalog written = parse_sql(R"(
    create function public.f(a int) returns setof int language sql stable strict security definer leakproof
      parallel safe cost 5 rows 20 set statement_timeout = 0 set search_path = public, pg_temp as 'select a';
    create procedure public.p() language sql security definer set search_path = public as 'select 1';
  )");
  const Function& f = function_named(altered, "f");
  CHECK(f.config == std::vector<std::string>{"search_path TO 'public', 'pg_temp'", "statement_timeout TO '0'"});
  CHECK(f.security_definer);
  CHECK(f.cost == 5);
  CHECK(f.rows == 20);
  CHECK(f.volatility == 's');
  CHECK(altered.functions == written.functions);
}

TEST_CASE("ALTER FUNCTION: RESET, RESET ALL, SECURITY INVOKER, CALLED ON NULL INPUT undo what the CREATE said") {
  Catalog c = parse_sql(R"(
    create function g() returns int language sql strict security definer set a.b = 'x' set search_path = public
      as 'select 1';
    alter function g() reset a.b called on null input security invoker;
    create function h() returns int language sql set a.b = 'x' set search_path = public as 'select 1';
    alter function h() reset all;
  )");
  const Function& g = function_named(c, "g");
  CHECK(g.config == std::vector<std::string>{"search_path TO 'public'"});
  CHECK_FALSE(g.strict);
  CHECK_FALSE(g.security_definer);
  CHECK(function_named(c, "h").config.empty());
}

TEST_CASE("ALTER FUNCTION: errors point at the statement") {
  Diagnostic d = parse_error("create function f() returns int language sql as 'select 1';\n"
                             "alter function g() security definer;");
  CHECK(d.code == "undefined-object");
  CHECK(d.message == "function public.g() does not exist");
  CHECK(d.span.line == 2);
  d = parse_error("create function f(int) returns int language sql as 'select 1';\n"
                  "alter function f(text) cost 3;");
  CHECK(d.message == "function public.f(text) does not exist");
  d = parse_error("create procedure p() language sql as 'select 1';\nalter procedure p() immutable;");
  CHECK(d.message == "invalid attribute in procedure definition");
  d = parse_error("create function f() returns int language sql as 'select 1';\nalter function f() rows 5;");
  CHECK(d.message == "ROWS is not applicable when function does not return a set");
  d = parse_error("create function f() returns int language sql as 'select 1';\nalter function f() rename to g;");
  CHECK(d.code == "unsupported-statement");
  d = parse_error("create function f() returns int language sql as 'select 1';\nalter function f() cost 0;");
  CHECK(d.message == "COST must be positive");
}

TEST_CASE("SET ... FROM CURRENT: the value the files set before") {
  Catalog c = parse_sql(R"(
    SELECT pg_catalog.set_config('search_path', '', false);
    create function public.a() returns int language sql set search_path from current as 'select 1';
    set search_path = public, pg_catalog;
    set statement_timeout = 0;
    set check_function_bodies = false;
    set client_min_messages = WARNING;
    create function public.b() returns int language sql set search_path from current
      set statement_timeout from current set check_function_bodies from current
      set client_min_messages from current as 'select 1';
    create function public.c() returns int language sql as 'select 1';
    alter function public.c() set search_path from current;
  )");
  CHECK(function_named(c, "a").config == std::vector<std::string>{"search_path TO ''"});
  CHECK(function_named(c, "b").config ==
        std::vector<std::string>{"check_function_bodies TO 'off'", "client_min_messages TO 'warning'",
                                 "search_path TO 'public', 'pg_catalog'", "statement_timeout TO '0'"});
  CHECK(function_named(c, "c").config == std::vector<std::string>{"search_path TO 'public', 'pg_catalog'"});
}

TEST_CASE("SET ... FROM CURRENT: a value the files do not know is an error") {
  Diagnostic d = parse_error("create function f() returns int language sql set work_mem from current as 'select 1';");
  CHECK(d.code == "unsupported-statement");
  CHECK(d.message.find("write SET work_mem = value in the function instead") != std::string::npos);
  // A number is stored in the setting's own units (65536 of work_mem is 64MB).
  d = parse_error("set work_mem = 65536;\ncreate function f() returns int language sql set work_mem from current as 'x';");
  CHECK(d.span.line == 2);
  CHECK(d.message.find("own units") != std::string::npos);
  // RESET forgets what was set; each file is a session of its own.
  d = parse_error("set search_path = public;\nreset search_path;\n"
                  "create function f() returns int language sql set search_path from current as 'select 1';");
  CHECK(d.message.find("SET search_path FROM CURRENT") == 0);
  CHECK_THROWS_AS(testing::parse_files({{"a.sql", "set search_path = public;"},
                                        {"b.sql", "create function f() returns int language sql "
                                                  "set search_path from current as 'select 1';"}}),
                  DiagnosticError);
}
