#include <doctest/doctest.h>

#include <algorithm>

#include "parser/test_util.h"
#include "tests/support/contains.h"

using namespace schemaplan;
using schemaplan::test_support::has;
using namespace schemaplan::parser;
using testing::parse_error;
using testing::parse_sql;

namespace {

const Function& function_of(const Catalog& c, const std::string& name, const std::string& signature) {
  for (const auto& f : c.functions)
    if (f.name == name && f.signature == signature) return f;
  FAIL("no function " << name << "(" << signature << ")");
  throw;
}

}  // namespace

TEST_CASE("functions: signature, arguments, result and attributes in canonical form") {
  Catalog c = parse_sql(R"(
    create function f(a int, out b varchar(10), inout c numeric(5,2) default 1.5, variadic d text[])
      returns record as 'select 1' language SQL strict immutable cost 7 set search_path = public, pg_temp;
    create or replace function f(a int, out b varchar(10), inout c numeric(5,2) default 1.5, variadic d text[])
      language sql immutable returns null on null input set search_path to public, pg_temp cost 7 as 'select 1';
    create function g() returns setof int language plpgsql as $$begin return; end$$;
    create function h(n int) returns table (x int, y text) language sql return (1, 'a');
    create procedure p(out r int) language sql as 'select 1';
  )");
  REQUIRE(c.functions.size() == 4);
  const Function& f = function_of(c, "f", "integer, numeric, text[]");
  CHECK(f.arguments == "a integer, OUT b character varying, INOUT c numeric DEFAULT 1.5, VARIADIC d text[]");
  CHECK(f.result == "record");
  CHECK(f.language == "sql");
  CHECK(f.volatility == 'i');
  CHECK(f.strict);
  CHECK(f.cost == 7);
  CHECK(f.config == std::vector<std::string>{"search_path TO 'public', 'pg_temp'"});
  CHECK(f.args[2].has_default);
  const Function& g = function_of(c, "g", "");
  CHECK(g.result == "SETOF integer");
  CHECK(g.rows == 1000);
  CHECK(g.cost == 100);
  const Function& h = function_of(c, "h", "integer");
  CHECK(h.result == "TABLE(x integer, y text)");
  CHECK(h.sql_body);
  CHECK(h.body == "RETURN (1, 'a')");
  // A procedure's OUT arguments are part of its identity (PostgreSQL 14+).
  CHECK(function_of(c, "p", "integer").kind == 'p');
}

TEST_CASE("functions: what bodies and defaults use") {
  Catalog c = parse_sql(R"(
    create table t (id int default public.next_id(), k public.kind);
    create type kind as enum ('a');
    create function next_id() returns int language sql as 'select 1';
    create function count_t(x kind) returns bigint language sql as 'select count(*) from t';
    create function touch() returns trigger language plpgsql as $$
      begin insert into public.log values (new.id); if (select count(*) from t) > 0 then null; end if; return new; end $$;
    create table log (id int);
    create function atomic_one() returns int begin atomic select count(*) from log; select next_id(); end;
  )");
  ObjectId t{ObjectKind::Table, "public", "t", "", ""}, log{ObjectKind::Table, "public", "log", "", ""};
  ObjectId next_id{ObjectKind::Function, "public", "next_id", "", ""};
  CHECK(has(c.table("public", "t")->column("id")->meta.deps, next_id));
  const Function& count_t = function_of(c, "count_t", "public.kind");
  CHECK(has(count_t.meta.deps, t));
  CHECK(has(count_t.meta.deps, ObjectId{ObjectKind::Type, "public", "kind", "", ""}));
  const Function& touch = function_of(c, "touch", "");
  CHECK(has(touch.meta.deps, t));
  CHECK(has(touch.meta.deps, log));
  const Function& atomic = function_of(c, "atomic_one", "");
  CHECK(has(atomic.meta.deps, log));
  CHECK(has(atomic.meta.deps, next_id));
  CHECK(atomic.body == "BEGIN ATOMIC\n SELECT count(*) FROM log;\n SELECT next_id();\nEND");
}

TEST_CASE("a string body reading the table whose default calls the function makes no cycle") {
  Catalog c = parse_sql(R"(
    create table t (id int default public.next_id());
    create function next_id() returns int language sql as 'select coalesce(max(id), 0) + 1 from t';
  )");
  CHECK(function_of(c, "next_id", "").meta.deps.empty());
}

TEST_CASE("triggers: canonical definition, state, comment") {
  Catalog a = parse_sql(R"(
    create table t (a int, b int);
    create function f() returns trigger language plpgsql as 'begin return new; end';
    create trigger tr before update of b on t for each row when (new.a > 0) execute procedure f();
    alter table t disable trigger tr;
    comment on trigger tr on t is 'x';
  )");
  Catalog b = parse_sql(R"(
    comment on trigger tr on public.t is 'x';
    alter table public.t disable trigger tr;
    create trigger tr before update of b on public.t for each row when (NEW.a > 0) execute function public.f();
    create function f() returns trigger language plpgsql as 'begin return new; end';
    create table t (a int, b int);
  )");
  REQUIRE(a.triggers.size() == 1);
  CHECK(a.triggers == b.triggers);
  const Trigger& tr = a.triggers[0];
  CHECK(tr.enabled == 'D');
  CHECK(tr.comment == "x");
  CHECK(tr.function_schema == "public");
  CHECK(tr.columns == std::vector<std::string>{"b", "a"});
  CHECK(tr.definition.find("ON public.t") != std::string::npos);
  Catalog builtin = parse_sql("create table t (a int); create trigger tr before update on t for each row "
                              "execute function suppress_redundant_updates_trigger();");
  CHECK(builtin.triggers[0].function_schema == "pg_catalog");
  CHECK(parse_error("create table t (a int); create trigger tr after insert on t execute function f();"
                    "create trigger tr after insert on t execute function f();")
            .code == "duplicate-object");
}

TEST_CASE("triggers on views: INSTEAD OF row triggers and statement triggers, what PostgreSQL refuses") {
  Catalog c = parse_sql(R"(
    create table t (a int);
    create view v as select a from t;
    create function f() returns trigger language plpgsql as 'begin return new; end';
    create trigger vi instead of insert on v for each row execute function f();
    create trigger vs after update on v for each statement execute function f();
    comment on trigger vi on v is 'routes inserts';
  )");
  REQUIRE(c.triggers.size() == 2);
  CHECK(c.triggers[0].table == "v");
  CHECK(c.triggers[0].definition.find("INSTEAD OF INSERT ON public.v") != std::string::npos);
  CHECK(c.triggers[0].comment == "routes inserts");
  const std::string base = "create table t (a int); create view v as select a from t; "
                           "create materialized view m as select a from t; ";
  CHECK(parse_error(base + "create trigger x instead of insert on m for each row execute function f();").message ==
        "relation public.m cannot have triggers");
  CHECK(parse_error(base + "create trigger x before insert on v for each row execute function f();").message ==
        "public.v is a view: views cannot have row-level BEFORE or AFTER triggers");
  CHECK(parse_error(base + "create trigger x instead of insert on t for each row execute function f();").message ==
        "public.t is a table: tables cannot have INSTEAD OF triggers");
  CHECK(parse_error(base + "create trigger x instead of insert on v execute function f();").message ==
        "INSTEAD OF triggers must be FOR EACH ROW");
  CHECK(parse_error(base + "create trigger x instead of insert on nope for each row execute function f();").message ==
        "table public.nope does not exist");
}
