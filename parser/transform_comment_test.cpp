#include <doctest/doctest.h>

#include <map>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::column_of;
using testing::constraint_of;
using testing::index_of;
using testing::parse_error;
using testing::parse_sql;
using testing::table_of;

TEST_CASE("COMMENT ON every modelled object, before or after it is created") {
  Catalog c = parse_sql(R"(
    comment on table t is 'a table';
    create schema app;
    create extension citext;
    create type mood as enum ('a');
    create sequence s;
    create table t (a int constraint a_pos check (a > 0));
    create index i on t (a);
    comment on schema app is 'app schema';
    comment on schema public is 'standard public schema';
    comment on extension citext is 'ci text';
    comment on type mood is 'feelings';
    comment on sequence s is 'a sequence';
    comment on column t.a is 'a column';
    comment on constraint a_pos on t is 'positive';
    comment on index i is 'an index';
  )");
  CHECK(*c.schema("app")->comment == "app schema");
  CHECK(*c.schema("public")->comment == "standard public schema");
  CHECK(*c.extensions.at(0).comment == "ci text");
  CHECK(*c.enum_type("public", "mood")->comment == "feelings");
  CHECK(*c.sequence("public", "s")->comment == "a sequence");
  const Table& t = table_of(c, "t");
  CHECK(*t.comment == "a table");
  CHECK(*column_of(t, "a").comment == "a column");
  CHECK(*constraint_of(t, "a_pos").comment == "positive");
  CHECK(*index_of(c, "i").comment == "an index");
}

TEST_CASE("a comment or index may come before the ALTER TABLE that creates what it names") {
  Catalog c = parse_sql(R"(
    comment on constraint t_b_key on t is 'unique b';
    comment on column t.b is 'b';
    create index on t (b);
    alter table t add column b int unique;
    create table t (a int);
  )");
  const Table& t = table_of(c, "t");
  CHECK(*constraint_of(t, "t_b_key").comment == "unique b");
  CHECK(*column_of(t, "b").comment == "b");
  CHECK(index_of(c, "t_b_idx").columns == std::vector<std::string>{"b"});
  // ... but what a later statement drops stays dropped.
  Catalog dropped = parse_sql("create table t (a int, b int); create index on t (a, b); alter table t drop column b;");
  CHECK(dropped.indexes.empty());
  Diagnostic d = parse_error("create table t (a int);\nalter table t drop column a;\ncreate index on t (a);");
  CHECK(d.message == "column a of table public.t does not exist");
  CHECK(d.span.str() == "test.sql:3:17");
}

TEST_CASE("comments on the columns of views and materialized views, before or after them") {
  Catalog c = parse_sql(R"(
    comment on column v.a is 'early';
    create table t (a int, b int);
    create view v as select a, b from t;
    create materialized view m as select a from t;
    comment on column v.b is 'bee';
    comment on column m.a is 'em';
    comment on column v.b is null;
  )");
  CHECK(c.view("public", "v")->column_comments == std::map<std::string, std::string>{{"a", "early"}});
  CHECK(c.view("public", "m")->column_comments == std::map<std::string, std::string>{{"a", "em"}});
}

TEST_CASE("IS NULL and IS '' remove a comment") {
  const std::string base = "create table t (a int); comment on table t is 'x'; comment on column t.a is 'y';";
  Catalog c = parse_sql(base + "comment on table t is null; comment on column public.t.a is '';");
  CHECK_FALSE(table_of(c, "t").comment);
  CHECK_FALSE(column_of(table_of(c, "t"), "a").comment);
}

TEST_CASE("COMMENT errors") {
  Diagnostic d = parse_error("create table t (a int);\ncomment on table nope is 'x';");
  CHECK(d.code == "undefined-object");
  CHECK(d.message == "table public.nope does not exist");
  CHECK(d.span.str() == "test.sql:2:1");
  CHECK(parse_error("create table t (a int); comment on column t.b is 'x';").message ==
        "column b of table public.t does not exist");
  CHECK(parse_error("create table t (a int); comment on constraint c on t is 'x';").message ==
        "constraint c of table public.t does not exist");
  CHECK(parse_error("create table t (a int primary key); comment on index t_pkey is 'x';").code == "unsupported-statement");
  CHECK(parse_error("comment on function f() is 'x';").message == "function public.f() does not exist");
  CHECK(parse_error("create table t (a int); comment on trigger tr on t is 'x';").message ==
        "trigger tr for table public.t does not exist");
  CHECK(parse_error("comment on aggregate a(int) is 'x';").message == "aggregate public.a(integer) does not exist");
  CHECK(parse_error("comment on tablespace ts is 'x';").message == "COMMENT ON TABLESPACE is not supported yet");
  CHECK(parse_error("comment on view v is 'x';").message == "view public.v does not exist");
  CHECK(parse_error("create view v as select 1 as a; comment on column v.b is 'x';").message ==
        "column b of view public.v does not exist");
}
