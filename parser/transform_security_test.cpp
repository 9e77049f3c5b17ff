#include <doctest/doctest.h>

#include <algorithm>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::parse_error;
using testing::parse_sql;
using testing::table_of;

namespace {

const Grant* grant_of(const Catalog& c, ObjectKind kind, const std::string& name, const std::string& grantee) {
  for (const auto& g : c.grants)
    if (g.object.kind == kind && g.object.name == name && g.grantee == grantee) return &g;
  return nullptr;
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("row-level security flags and policies, written before or after their table") {
  Catalog c = parse_sql(R"(
    create policy p_sel on app.docs as restrictive for select to bob, public using (docs.owner = current_user);
    create schema app;
    create table app.docs (id int, owner text, n int);
    alter table app.docs enable row level security, force row level security;
    create policy p_ins on app.docs for insert with check (n > 0 and app.allowed(n));
    alter policy p_ins on app.docs to alice;
    comment on policy p_ins on app.docs is 'inserts';
    create table plain (id int);
    alter table plain enable row level security;
    alter table plain disable row level security;
  )");
  const Table& t = table_of(c, "docs", "app");
  CHECK(t.row_security);
  CHECK(t.force_row_security);
  CHECK_FALSE(table_of(c, "plain").row_security);
  REQUIRE(c.policies.size() == 2);
  const Policy& ins = c.policies[0];
  CHECK(ins.name == "p_ins");
  CHECK(ins.command == "INSERT");
  CHECK(ins.permissive);
  CHECK(ins.roles == Words{"alice"});
  CHECK_FALSE(ins.using_expr);
  CHECK(*ins.check_expr == "n > 0 AND app.allowed(n)");
  CHECK(*ins.comment == "inserts");
  CHECK(ins.columns == Words{"n"});
  // The function the expression calls is a dependency (its argument types are unknown from a call).
  CHECK(std::count(ins.meta.deps.begin(), ins.meta.deps.end(), ObjectId{ObjectKind::Function, "app", "allowed", "", ""}));
  const Policy& sel = c.policies[1];
  CHECK_FALSE(sel.permissive);
  CHECK(sel.command == "SELECT");
  CHECK(sel.roles == Words{"PUBLIC", "bob"});
  CHECK(*sel.using_expr == "owner = current_user");
}

TEST_CASE("policy errors") {
  CHECK(parse_error("create table t (a int); create policy p on t to current_user using (true);").message ==
        "CURRENT_USER, CURRENT_ROLE and SESSION_USER as a role name is not supported yet");
  CHECK(parse_error("create table t (a int); create policy p on t using (true); create policy p on t using (true);")
            .message == "policy p for table public.t already exists");
  CHECK(parse_error("create policy p on t using (true);").message == "table public.t does not exist");
  CHECK(parse_error("create table t (a int); alter policy p on t using (true);").message ==
        "policy p for table public.t does not exist");
}

TEST_CASE("grants keep what differs from the defaults, per grantee") {
  Catalog c = parse_sql(R"(
    create schema app;
    create table app.t (id int, email text);
    create sequence app.s;
    create type mood as enum ('a');
    grant all on app.t to bob with grant option;
    revoke truncate on table app.t from bob;
    revoke grant option for delete on app.t from bob;
    grant select (email), update (email) on app.t to carol;
    grant select on app.s to bob;
    grant all on table app.s to carol;
    grant usage on schema app to public;
    revoke usage on type mood from public;
    grant usage on type mood to bob;
    revoke usage on schema public from public;
    grant execute on function app.f(int, varchar) to bob;
  )");
  const Grant* t = grant_of(c, ObjectKind::Table, "t", "bob");
  REQUIRE(t);
  CHECK(t->privileges == Words{"DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "UPDATE"});
  CHECK(t->grantable == Words{"INSERT", "REFERENCES", "SELECT", "TRIGGER", "UPDATE"});
  const Grant* col = grant_of(c, ObjectKind::Column, "email", "carol");
  REQUIRE(col);
  CHECK(col->object.parent == "t");
  CHECK(col->privileges == Words{"SELECT", "UPDATE"});
  // ALL on a sequence named as a table means the sequence's privileges.
  CHECK(grant_of(c, ObjectKind::Sequence, "s", "carol")->privileges == Words{"SELECT", "UPDATE", "USAGE"});
  CHECK(grant_of(c, ObjectKind::Schema, "app", "PUBLIC")->privileges == Words{"USAGE"});
  const Grant* mood = grant_of(c, ObjectKind::Type, "mood", "PUBLIC");
  REQUIRE(mood);
  CHECK(mood->privileges.empty());
  CHECK(mood->revoked == Words{"USAGE"});
  CHECK(grant_of(c, ObjectKind::Schema, "public", "PUBLIC")->revoked == Words{"USAGE"});
  CHECK(grant_of(c, ObjectKind::Function, "f", "bob")->object.signature == "integer, character varying");
}

TEST_CASE("a grant revoked again, or a default granted again, leaves nothing") {
  Catalog c = parse_sql(R"(
    create table t (id int);
    create type mood as enum ('a');
    grant select, insert on t to bob;
    revoke all on t from bob;
    revoke usage on type mood from public;
    grant usage on type mood to public;
    grant select (id) on t to carol;
    revoke select on t from carol;
  )");
  CHECK(c.grants.empty());
}

TEST_CASE("default privileges") {
  Catalog c = parse_sql(R"(
    create schema app;
    alter default privileges in schema app grant select, insert on tables to bob;
    alter default privileges for role admin revoke execute on functions from public;
    alter default privileges grant usage on sequences to bob with grant option;
  )");
  REQUIRE(c.default_privileges.size() == 3);
  for (const auto& d : c.default_privileges) {
    if (d.objtype == 'r') {
      CHECK(d.schema == "app");
      CHECK(d.role.empty());
      CHECK(d.privileges == Words{"INSERT", "SELECT"});
    } else if (d.objtype == 'f') {
      CHECK(d.role == "admin");
      CHECK(d.grantee == "PUBLIC");
      CHECK(d.revoked == Words{"EXECUTE"});
    } else {
      CHECK(d.objtype == 'S');
      CHECK(d.grantable == Words{"USAGE"});
    }
  }
}

TEST_CASE("grant errors") {
  CHECK(parse_error("grant app_user to bob;").message ==
        "GRANT/REVOKE of role membership (roles are not managed) is not supported yet");
  CHECK(parse_error("grant select on t to bob;").message == "relation public.t does not exist");
  CHECK(parse_error("create table t (a int); grant usage on t to bob;").message == "invalid privilege type USAGE for table");
  CHECK(parse_error("create table t (a int); grant select on t to public with grant option;").message ==
        "grant options can only be granted to roles");
  CHECK(parse_error("create table t (a int); grant select (b) on t to bob;").message ==
        "column b of table public.t does not exist");
}

TEST_CASE("the role running the plan: its FOR ROLE defaults are its own and OWNER TO it states no owner") {
  const std::string sql = R"(
    alter default privileges for role postgres grant select on tables to r1;
    alter default privileges for role other grant insert on tables to r1;
    create table t (id int);
    alter table t owner to postgres;
    create table u (id int);
    alter table u owner to other;
  )";
  ParseOptions as_postgres;
  as_postgres.running_role = "postgres";
  Catalog c = parse({SourceFile{"test.sql", sql}}, as_postgres);
  CHECK(c.connecting_role == "postgres");
  std::vector<std::string> roles;
  for (const auto& d : c.default_privileges) roles.push_back(d.role);
  std::sort(roles.begin(), roles.end());
  CHECK(roles == std::vector<std::string>{"", "other"});
  // postgres's defaults applied to t as the files ran; other's did not (other does not run them).
  const Grant* g = grant_of(c, ObjectKind::Table, "t", "r1");
  REQUIRE(g);
  CHECK(g->privileges == std::vector<std::string>{"SELECT"});
  std::vector<std::string> owned;
  for (const auto& o : c.owners) owned.push_back(o.object.name + ":" + o.owner);
  CHECK(owned == std::vector<std::string>{"u:other"});

  // Unknown running role: every role stays as named, and no FOR ROLE default applies.
  Catalog unknown = parse_sql(sql);
  CHECK(unknown.connecting_role.empty());
  CHECK_FALSE(grant_of(unknown, ObjectKind::Table, "t", "r1"));
  CHECK(unknown.owners.size() == 2);
}

TEST_CASE("objects created after ALTER DEFAULT PRIVILEGES get its privileges as grants of their own") {
  Catalog c = parse_sql(R"(
    create table before_it (id int);
    alter default privileges grant select on tables to r1;
    alter default privileges revoke execute on functions from public;
    create table after_it (id int);
    create function f() returns int language sql as 'select 1';
    create table revoked_later (id int);
    revoke select on revoked_later from r1;
  )");
  auto grant_on = [&](const std::string& name, const std::string& grantee) -> const Grant* {
    for (const auto& g : c.grants)
      if (g.object.name == name && g.grantee == grantee) return &g;
    return nullptr;
  };
  CHECK_FALSE(grant_on("before_it", "r1"));
  REQUIRE(grant_on("after_it", "r1"));
  CHECK(grant_on("after_it", "r1")->privileges == std::vector<std::string>{"SELECT"});
  REQUIRE(grant_on("f", "PUBLIC"));
  CHECK(grant_on("f", "PUBLIC")->revoked == std::vector<std::string>{"EXECUTE"});
  CHECK_FALSE(grant_on("revoked_later", "r1"));
}

TEST_CASE("grants on views, materialized views and view columns") {
  Catalog c = parse_sql(R"(
    grant select on v, m to bob;
    grant update (a) on table v to bob;
    revoke all on m from bob;
    create table t (a int, b int);
    create view v as select a, b from t;
    create materialized view m as select a from t;
    grant insert on all tables in schema public to carol;
  )");
  const Grant* v = grant_of(c, ObjectKind::View, "v", "bob");
  REQUIRE(v != nullptr);
  CHECK(v->privileges == Words{"SELECT"});
  CHECK(grant_of(c, ObjectKind::MaterializedView, "m", "bob") == nullptr);
  const Grant* col = grant_of(c, ObjectKind::Column, "a", "bob");
  REQUIRE(col != nullptr);
  CHECK(col->object.parent == "v");
  CHECK(col->privileges == Words{"UPDATE"});
  CHECK(grant_of(c, ObjectKind::Table, "t", "carol") != nullptr);
  CHECK(grant_of(c, ObjectKind::View, "v", "carol") != nullptr);
  CHECK(grant_of(c, ObjectKind::MaterializedView, "m", "carol") != nullptr);
  CHECK(parse_error("create table t (a int); create view v as select a from t; grant select (b) on v to bob;").message ==
        "column b of view public.v does not exist");
}

TEST_CASE("owners of views, materialized views, routines, domains and composite types") {
  Catalog c = parse_sql(R"(
    alter view v owner to bob;
    alter materialized view m owner to bob;
    alter table v2 owner to carol;
    alter function f(int) owner to bob;
    alter procedure p owner to bob;
    alter routine g owner to carol;
    alter domain d owner to bob;
    alter type pair owner to bob;
    alter index i owner to bob;
    create table t (a int);
    create index i on t (a);
    create view v as select a from t;
    create view v2 as select a from t;
    create materialized view m as select a from t;
    create function f(n integer) returns int language sql as 'select n';
    create function g() returns int language sql as 'select 1';
    create procedure p() language sql as 'select 1';
    create domain d as int;
    create type pair as (a int, b int);
  )");
  std::vector<std::string> owners;
  for (const auto& o : c.owners) owners.push_back(o.object.str() + " " + o.owner);
  std::sort(owners.begin(), owners.end());
  std::string all;
  for (const auto& o : owners) all += o + "\n";
  CHECK(all ==
        "function public.f(integer) bob\n"
        "function public.g carol\n"
        "function public.p bob\n"
        "materialized view public.m bob\n"
        "type public.d bob\n"
        "type public.pair bob\n"
        "view public.v bob\n"
        "view public.v2 carol\n");
  CHECK(parse_error("create function f(int) returns int language sql as 'select 1';"
                    "create function f(text) returns int language sql as 'select 1'; alter function f owner to bob;")
            .message == "function name public.f is not unique");
  CHECK(parse_error("alter function nope(int) owner to bob;").message == "function public.nope(integer) does not exist");
  CHECK(parse_error("alter view nope owner to bob;").message == "relation public.nope does not exist");
  CHECK(parse_error("alter foreign table ft owner to bob;").message == "relation public.ft does not exist");
}
