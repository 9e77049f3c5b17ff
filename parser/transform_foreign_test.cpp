// Foreign data wrappers, servers, user mappings, foreign tables, publications, event triggers and range types
// kept as DDL text (transform_foreign.cpp, transform_publication.cpp, transform_range.cpp).
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

namespace {

ObjectId id(ObjectKind k, const std::string& schema, const std::string& name, const std::string& parent = "") {
  return {k, schema, name, parent, ""};
}

}  // namespace

TEST_CASE("wrappers, servers and user mappings: identity, options sorted, dependencies") {
  Catalog c = parse_sql(R"(
    create extension postgres_fdw;
    create function h() returns fdw_handler language internal as 'postgres_fdw_handler';
    create foreign data wrapper dummy;
    create foreign data wrapper mine handler h no validator options (b '2', a '1');
    create server srv foreign data wrapper dummy;
    create server if not exists "Remote" type 'pg' version '15' foreign data wrapper postgres_fdw options (port '5432', host 'h');
    create server if not exists srv foreign data wrapper mine;
    create user mapping for app_user server "Remote" options (user 'bob', password 'secret');
    create user mapping for public server srv;
    create user mapping for current_user server srv;
    comment on foreign data wrapper dummy is 'does nothing';
    comment on server srv is 'a server';
    alter server srv owner to admin_role;
  )");
  const auto& dummy = generic_of(c, id(ObjectKind::ForeignDataWrapper, "", "dummy"));
  CHECK(dummy.create == std::vector<std::string>{"CREATE FOREIGN DATA WRAPPER dummy"});
  CHECK(dummy.comment == std::optional<std::string>("does nothing"));
  const auto& mine = generic_of(c, id(ObjectKind::ForeignDataWrapper, "", "mine"));
  // NO VALIDATOR is no validator; options sorted by name.
  CHECK(mine.create == std::vector<std::string>{"CREATE FOREIGN DATA WRAPPER mine HANDLER h OPTIONS (a '1', b '2')"});
  CHECK(has(mine.meta.deps, {ObjectKind::Function, "public", "h", "", ""}));
  const auto& srv = generic_of(c, id(ObjectKind::ForeignServer, "", "srv"));
  // IF NOT EXISTS of a server already there changes nothing.
  CHECK(srv.create == std::vector<std::string>{"CREATE SERVER srv FOREIGN DATA WRAPPER dummy"});
  CHECK(has(srv.meta.deps, id(ObjectKind::ForeignDataWrapper, "", "dummy")));
  const auto& remote = generic_of(c, id(ObjectKind::ForeignServer, "", "Remote"));
  CHECK(remote.create == std::vector<std::string>{
                             "CREATE SERVER \"Remote\" TYPE 'pg' VERSION '15' FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'h', port '5432')"});
  // The wrapper of an extension: the server waits for the extension.
  CHECK(has(remote.meta.deps, id(ObjectKind::Extension, "", "postgres_fdw")));
  const auto& bob = generic_of(c, id(ObjectKind::UserMapping, "", "app_user", "Remote"));
  CHECK(bob.create == std::vector<std::string>{
                          "CREATE USER MAPPING FOR app_user SERVER \"Remote\" OPTIONS (password 'secret', \"user\" 'bob')"});
  CHECK(generic_of(c, id(ObjectKind::UserMapping, "", "PUBLIC", "srv")).create ==
        std::vector<std::string>{"CREATE USER MAPPING FOR public SERVER srv"});
  CHECK(generic_of(c, id(ObjectKind::UserMapping, "", "CURRENT_USER", "srv")).create ==
        std::vector<std::string>{"CREATE USER MAPPING FOR CURRENT_USER SERVER srv"});
  CHECK(generic_address(id(ObjectKind::UserMapping, "", "CURRENT_USER", "srv")) == "USER MAPPING FOR CURRENT_USER SERVER srv");
  REQUIRE(c.owners.size() == 1);
  CHECK(c.owners[0].object == srv.id());
  CHECK(c.owners[0].owner == "admin_role");

  // Two spellings of one server are one text.
  Catalog d = parse_sql(
      "create extension postgres_fdw; CREATE SERVER \"Remote\" TYPE 'pg' VERSION '15' FOREIGN DATA WRAPPER postgres_fdw "
      "OPTIONS (host 'h', port '5432');");
  CHECK(generic_of(d, remote.id()).create == remote.create);
}

TEST_CASE("foreign tables: relations kept as text, with column comments, grants, owners and views") {
  Catalog c = parse_sql(R"(
    create foreign data wrapper dummy;
    create server srv foreign data wrapper dummy;
    create schema app;
    create foreign table app."Remote Users" (
      id int4 not null default 1,
      name text options (column_name 'full_name', a 'x') collate "C",
      score numeric(10,2) check (score >= 0),
      constraint id_positive check (id > 0)
    ) server srv options (table_name 'users', schema_name 'remote');
    comment on foreign table app."Remote Users" is 'from afar';
    comment on column app."Remote Users".name is 'full name';
    comment on column app."Remote Users".id is 'key';
    comment on column app."Remote Users".score is 'gone';
    comment on column app."Remote Users".score is null;
    grant select on app."Remote Users" to readonly_user;
    grant update (name) on table app."Remote Users" to app_user;
    alter foreign table app."Remote Users" owner to admin_role;
    create view app.names as select id, name from app."Remote Users";
  )");
  const auto& ft = generic_of(c, id(ObjectKind::Table, "app", "Remote Users"));
  REQUIRE(ft.create.size() == 3);
  CHECK(ft.create[0] ==
        "CREATE FOREIGN TABLE app.\"Remote Users\" (id int NOT NULL DEFAULT 1, name text OPTIONS (a 'x', column_name "
        "'full_name')  COLLATE pg_catalog.\"C\", score numeric(10, 2) CHECK (score >= 0), CONSTRAINT id_positive CHECK (id > 0)) "
        "SERVER srv OPTIONS (schema_name 'remote', table_name 'users')");
  // Column comments in one order, whatever the order written.
  CHECK(ft.create[1] == "COMMENT ON COLUMN app.\"Remote Users\".id IS 'key'");
  CHECK(ft.create[2] == "COMMENT ON COLUMN app.\"Remote Users\".name IS 'full name'");
  CHECK(ft.comment == std::optional<std::string>("from afar"));
  CHECK(has(ft.meta.deps, id(ObjectKind::ForeignServer, "", "srv")));
  CHECK(generic_address(ft.id()) == "FOREIGN TABLE app.\"Remote Users\"");
  // Grants and owners name it as a table.
  bool table_grant = false, column_grant = false;
  for (const auto& g : c.grants) {
    table_grant |= g.object == ft.id() && g.grantee == "readonly_user" && g.privileges == std::vector<std::string>{"SELECT"};
    column_grant |= g.object == ObjectId{ObjectKind::Column, "app", "name", "Remote Users", ""} && g.grantee == "app_user";
  }
  CHECK(table_grant);
  CHECK(column_grant);
  REQUIRE(c.owners.size() == 1);
  CHECK(c.owners[0].object == ft.id());
  // A view reads it: it depends on it, and knows its columns' types.
  REQUIRE(c.views.size() == 1);
  CHECK(has(c.views[0].meta.deps, ft.id()));
  REQUIRE(c.views[0].columns.size() == 2);
  CHECK(c.views[0].columns[1].type == "text");

  // Spelled otherwise: the same text.
  Catalog d = parse_sql(R"(
    create foreign data wrapper dummy; create server srv foreign data wrapper dummy; create schema app;
    CREATE FOREIGN TABLE app."Remote Users" (id integer DEFAULT 1 NOT NULL, name text OPTIONS (column_name 'full_name', a 'x') COLLATE pg_catalog."C",
      score numeric(10,2) NULL CHECK (score >= 0), CONSTRAINT id_positive CHECK (id > 0)) SERVER srv OPTIONS (schema_name 'remote', table_name 'users');
  )");
  CHECK(generic_of(d, ft.id()).create[0] == ft.create[0]);
}

TEST_CASE("foreign tables: names and errors") {
  const char* server = "create foreign data wrapper w; create server s foreign data wrapper w;";
  CHECK(parse_error(std::string(server) + "create table t (a int); create foreign table t (a int) server s;").code == "duplicate-object");
  CHECK(parse_error(std::string(server) + "create foreign table t (a int primary key) server s;").code == "invalid-definition");
  CHECK(parse_error(std::string(server) + "create table p (a int) partition by list (a); "
                                          "create foreign table t partition of p for values in (1) server s;")
            .code == "unsupported-statement");
  CHECK(parse_error(std::string(server) + "create foreign table t (a int) server s; comment on column t.b is 'x';").message ==
        "column b of foreign table public.t does not exist");
  CHECK(parse_error(std::string(server) + "create view v as select * from nope;").code == "undefined-object");
}

TEST_CASE("publications: one text whatever the statements that built them") {
  const char* tables = R"(
    create schema app;
    create table t (id int primary key, v text, w int);
    create table app.t2 (id int);
    create table app.t3 (id int);
  )";
  Catalog c = parse_sql(std::string(tables) + R"(
    create publication p for table t (id, v) where (id > 3), app.t3 with (publish = 'update,insert');
    alter publication p add table app.t2;
    alter publication p drop table app.t3;
    alter publication p set (publish_via_partition_root = true);
    create publication s for tables in schema app;
    create publication everything for all tables;
    comment on publication p is 'to the warehouse';
  )");
  const auto& p = generic_of(c, id(ObjectKind::Publication, "", "p"));
  CHECK(p.create == std::vector<std::string>{
                        "CREATE PUBLICATION p WITH (publish = 'insert, update', publish_via_partition_root = true)",
                        "ALTER PUBLICATION p ADD TABLE ONLY app.t2",
                        "ALTER PUBLICATION p ADD TABLE ONLY public.t (id, v) WHERE (id > 3)",
                    });
  CHECK(p.comment == std::optional<std::string>("to the warehouse"));
  CHECK(has(p.meta.deps, id(ObjectKind::Table, "public", "t")));
  CHECK(has(p.meta.deps, id(ObjectKind::Column, "public", "v", "t")));
  CHECK(!has(p.meta.deps, id(ObjectKind::Table, "app", "t3")));
  const auto& s = generic_of(c, id(ObjectKind::Publication, "", "s"));
  CHECK(s.create == std::vector<std::string>{"CREATE PUBLICATION s", "ALTER PUBLICATION s ADD TABLES IN SCHEMA app"});
  CHECK(has(s.meta.deps, id(ObjectKind::Schema, "", "app")));
  CHECK(generic_of(c, id(ObjectKind::Publication, "", "everything")).create ==
        std::vector<std::string>{"CREATE PUBLICATION everything FOR ALL TABLES"});

  // The same publication, listed in another order and set at once.
  Catalog d = parse_sql(std::string(tables) + R"(
    create publication p with (publish_via_partition_root, publish = 'insert, update');
    alter publication p set table app.t2, public.t (id, v) where (id > 3);
  )");
  CHECK(generic_of(d, p.id()).create == p.create);

  CHECK(parse_error(std::string(tables) + "create publication p for table nope;").code == "undefined-object");
  CHECK(parse_error(std::string(tables) + "create publication p for table t, t;").code == "duplicate-object");
  CHECK(parse_error(std::string(tables) + "create publication p for all tables; alter publication p add table t;").code ==
        "invalid-definition");
  CHECK(parse_error(std::string(tables) + "create publication p with (publish = 'upsert');").code == "invalid-definition");
  CHECK(parse_error(std::string(tables) + "create publication p for table t (nope);").code == "undefined-object");
}

TEST_CASE("event triggers: tags sorted and upper-cased, state folded in") {
  Catalog c = parse_sql(R"(
    create function on_ddl() returns event_trigger language plpgsql as $$ begin end $$;
    create event trigger log_ddl on ddl_command_end when tag in ('create table', 'ALTER TABLE') execute procedure on_ddl();
    alter event trigger log_ddl disable;
    alter event trigger log_ddl enable replica;
    create event trigger "Drops" on sql_drop execute function public.on_ddl();
    alter event trigger "Drops" disable;
    alter event trigger "Drops" enable;
    comment on event trigger log_ddl is 'logs';
  )");
  const auto& e = generic_of(c, id(ObjectKind::EventTrigger, "", "log_ddl"));
  CHECK(e.create == std::vector<std::string>{
                        "CREATE EVENT TRIGGER log_ddl ON ddl_command_end WHEN TAG IN ('ALTER TABLE', 'CREATE TABLE') EXECUTE FUNCTION on_ddl()",
                        "ALTER EVENT TRIGGER log_ddl ENABLE REPLICA"});
  CHECK(e.comment == std::optional<std::string>("logs"));
  CHECK(has(e.meta.deps, {ObjectKind::Function, "public", "on_ddl", "", ""}));
  CHECK(generic_of(c, id(ObjectKind::EventTrigger, "", "Drops")).create ==
        std::vector<std::string>{"CREATE EVENT TRIGGER \"Drops\" ON sql_drop EXECUTE FUNCTION public.on_ddl()"});
  CHECK(parse_error("alter event trigger nope disable;").code == "undefined-object");
}

TEST_CASE("range types: a type with its multirange, columns depend on it") {
  Catalog c = parse_sql(R"(
    create schema app;
    create type floatrange as range (subtype = float8, subtype_diff = float8mi);
    create type app.textrange as range (subtype = text, collation = "C", multirange_type_name = app.textmulti);
    create type app.period as range (subtype = timestamptz);
    create table t (r floatrange, m floatmultirange, p app.period_multirange);
    comment on type floatrange is 'floats';
    grant usage on type floatrange to app_user;
    alter type app.period owner to admin_role;
  )");
  const auto& f = generic_of(c, id(ObjectKind::Type, "public", "floatrange"));
  CHECK(f.create == std::vector<std::string>{
                        "CREATE TYPE public.floatrange AS RANGE (subtype = double precision, multirange_type_name = "
                        "public.floatmultirange, subtype_diff = float8mi)"});
  CHECK(f.comment == std::optional<std::string>("floats"));
  CHECK(generic_of(c, id(ObjectKind::Type, "app", "textrange")).create[0] ==
        "CREATE TYPE app.textrange AS RANGE (subtype = text, multirange_type_name = app.textmulti, collation = pg_catalog.\"C\")");
  CHECK(generic_of(c, id(ObjectKind::Type, "app", "period")).create[0] ==
        "CREATE TYPE app.period AS RANGE (subtype = timestamp with time zone, multirange_type_name = app.period_multirange)");
  // Columns of the range and of its multirange depend on the range type.
  const auto& t = testing::table_of(c, "t");
  CHECK(has(testing::column_of(t, "r").meta.deps, f.id()));
  CHECK(has(testing::column_of(t, "m").meta.deps, f.id()));
  CHECK(has(testing::column_of(t, "p").meta.deps, id(ObjectKind::Type, "app", "period")));
  CHECK(c.grants.size() == 1);
  REQUIRE(c.owners.size() == 1);
  CHECK(c.owners[0].object == id(ObjectKind::Type, "app", "period"));
  // Types share one namespace: the multirange's name is taken too.
  CHECK(parse_error("create type floatrange as range (subtype = float8); create type floatmultirange as enum ('a');").code ==
        "duplicate-object");
  CHECK(parse_error("create type r as range (subtype = int4, nonsense = 1);").code == "invalid-definition");
  CHECK(parse_error("create type r as range (subtype_diff = f);").message == "type attribute \"subtype\" is required");
}

TEST_CASE("grants on foreign data wrappers and servers") {
  Catalog c = parse_sql(R"(
    create foreign data wrapper w;
    create server s foreign data wrapper w;
    grant usage on foreign data wrapper w to app_user;
    grant all on foreign server s to app_user with grant option;
  )");
  REQUIRE(c.grants.size() == 2);
  for (const auto& g : c.grants) {
    CHECK(g.privileges == std::vector<std::string>{"USAGE"});
    CHECK((g.object == id(ObjectKind::ForeignDataWrapper, "", "w") || g.object == id(ObjectKind::ForeignServer, "", "s")));
  }
  CHECK(parse_error("grant usage on foreign server nope to app_user;").code == "undefined-object");
  CHECK(parse_error("create foreign data wrapper w; grant select on foreign data wrapper w to app_user;").code == "invalid-definition");
}

TEST_CASE("foreign tables: OPTIONS edited as pg_dump writes them, OWNER TO") {
  const char* server = "create foreign data wrapper w; create server s foreign data wrapper w;";
  Catalog inline_options = parse_sql(std::string(server) +
                                     "create foreign table t (a int options (column_name 'x'), b text) server s options (n '1');");
  Catalog altered = parse_sql(std::string(server) + R"(
    alter foreign table t alter column a options (add column_name 'y', add dropped 'z');
    create foreign table t (a int, b text) server s options (n '0', gone 'g');
    alter foreign table t options (set n '1', drop gone);
    alter foreign table t alter column a options (set column_name 'x', drop dropped);
    alter foreign table t owner to admin_role;
  )");
  ObjectId t{ObjectKind::Table, "public", "t", "", ""};
  CHECK(generic_of(altered, t).create == generic_of(inline_options, t).create);
  REQUIRE(altered.owners.size() == 1);
  CHECK(altered.owners[0].object == t);
  CHECK(parse_error(std::string(server) + "create foreign table t (a int) server s; alter foreign table t options (drop n);").code ==
        "undefined-object");
  CHECK(parse_error(std::string(server) + "create foreign table t (a int) server s options (n '1'); "
                                          "alter foreign table t options (add n '2');")
            .code == "duplicate-object");
  CHECK(parse_error(std::string(server) + "create foreign table t (a int) server s; alter foreign table t add column b int;")
            .code == "unsupported-statement");
}
