#include <doctest/doctest.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::parse_error;
using testing::parse_sql;
using testing::table_of;
using V = std::vector<std::string>;

namespace {
V constraint_names(const Domain& d) {
  V out;
  for (const auto& c : d.constraints) out.push_back(c.name);
  return out;
}
}  // namespace

TEST_CASE("CREATE DOMAIN: base type, collation, default, NOT NULL, checks named as PostgreSQL names them") {
  Catalog c = parse_sql(R"(
    create domain posint as int check (value > 0) check (value < 100) not null default 1;
    create domain other as int constraint posint_check2 check (value <> 7) check (value <> 8);
    create table t (a int check (a > 0), p posint);
    create domain label as varchar(20) collate "C";
  )");
  const Domain* d = c.domain("public", "posint");
  REQUIRE(d);
  CHECK(d->base_type == "integer");
  CHECK(d->not_null);
  CHECK(d->default_expr == "1");
  CHECK(constraint_names(*d) == V{"posint_check", "posint_check1"});
  // Implicit names avoid every constraint name of the schema, domains' and tables' alike.
  CHECK(constraint_names(*c.domain("public", "other")) == V{"other_check", "posint_check2"});
  CHECK(c.domain("public", "label")->collation == "pg_catalog.\"C\"");
  CHECK(table_of(c, "t").columns[1].meta.deps == std::vector<ObjectId>{{ObjectKind::Type, "public", "posint", "", ""}});
}

TEST_CASE("ALTER DOMAIN: constraints added (NOT VALID), validated and dropped, default and NOT NULL, comments") {
  Catalog c = parse_sql(R"(
    create domain d as text default 'x';
    alter domain d add check (length(value) < 5);
    alter domain d add constraint big check (length(value) < 50) not valid;
    alter domain d add constraint gone check (value <> '');
    alter domain d drop constraint gone;
    alter domain d validate constraint big;
    alter domain d add constraint later check (value <> 'z') not valid;
    alter domain d drop default;
    alter domain d set not null;
    comment on domain d is 'text';
    comment on constraint big on domain d is 'limit';
  )");
  const Domain* d = c.domain("public", "d");
  REQUIRE(d);
  CHECK(constraint_names(*d) == V{"big", "d_check", "later"});
  CHECK(d->constraint("big")->validated);
  CHECK(d->constraint("big")->comment == "limit");
  CHECK(!d->constraint("later")->validated);
  CHECK(d->constraint("later")->definition.ends_with(" NOT VALID"));
  CHECK(!d->default_expr);
  CHECK(d->not_null);
  CHECK(d->comment == "text");
  CHECK(parse_error("create domain d as int; alter domain d drop constraint nope;").code == "undefined-object");
  CHECK(parse_error("create domain d as int; create type d as enum ();").code == "duplicate-object");
}

TEST_CASE("composite types: attributes added, dropped and altered, comments, dependencies") {
  Catalog c = parse_sql(R"(
    create type mood as enum ('a');
    create type pair as (a int, b text, c mood);
    alter type pair add attribute d numeric, drop attribute b;
    alter type pair alter attribute a type bigint;
    comment on type pair is 'two';
    comment on column pair.d is 'dee';
    create table t (p pair);
  )");
  const CompositeType* t = c.composite("public", "pair");
  REQUIRE(t);
  V names;
  for (const auto& a : t->attributes) names.push_back(a.name + " " + a.type);
  CHECK(names == V{"a bigint", "c public.mood", "d numeric"});
  CHECK(t->attribute("c")->meta.deps == std::vector<ObjectId>{{ObjectKind::Type, "public", "mood", "", ""}});
  CHECK(t->attribute("d")->comment == "dee");
  CHECK(t->comment == "two");
  // A composite type takes a relation name.
  CHECK(parse_error("create type pair as (a int); create table pair (a int);").code == "duplicate-object");
}

TEST_CASE("partitions and inheritance: keys, bounds, parents, a partition has no columns of its own") {
  Catalog c = parse_sql(R"(
    create table m (a int, b text) partition by range (a);
    create table m1 partition of m for values from (1) to (10);
    create table m2 partition of m default;
    create table p (id int, check (id > 0));
    create table k (id int, x int) inherits (p);
    create table plain (a int, b text);
    alter table m attach partition plain for values from (10) to (20);
    alter table m detach partition m1;
  )");
  CHECK(table_of(c, "m").partition_key == "range(a)");
  CHECK(table_of(c, "m2").partition_bound == "DEFAULT");
  CHECK(table_of(c, "m2").columns.empty());
  CHECK(table_of(c, "plain").columns.empty());
  CHECK(table_of(c, "plain").partition_bound == "FOR VALUES FROM (10) TO (20)");
  // Detached: the columns it had from its parent are its own now.
  CHECK(!table_of(c, "m1").partition_of);
  CHECK(table_of(c, "m1").columns.size() == 2);
  CHECK(table_of(c, "k").inherits == std::vector<TableRef>{{"public", "p"}});
  CHECK(table_of(c, "k").columns.size() == 2);
  CHECK(table_of(c, "k").meta.deps == std::vector<ObjectId>{{ObjectKind::Table, "public", "p", "", ""}});
}
