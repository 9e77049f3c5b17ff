// Views and materialized views read from a live database.
#include <doctest/doctest.h>

#include <algorithm>

#include "introspect/database.h"
#include "tests/support/test_db.h"
#include "tests/support/contains.h"

using namespace schemaplan;
using schemaplan::test_support::has;
using schemaplan::testing::ScratchDb;

TEST_CASE("views: qualified definition, columns with types, options, dependencies, matview indexes") {
  ScratchDb s;
  s.exec(R"(
    CREATE SCHEMA app;
    CREATE TYPE mood AS ENUM ('ok', 'bad');
    CREATE TABLE t (id int PRIMARY KEY, name text, m mood, unused int);
    CREATE VIEW app.v WITH (security_barrier) AS SELECT id, upper(name) AS u, 'ok'::mood AS k FROM t
      WITH LOCAL CHECK OPTION;
    CREATE MATERIALIZED VIEW mv AS SELECT id FROM app.v WITH NO DATA;
    CREATE UNIQUE INDEX mv_id ON mv (id);
    COMMENT ON MATERIALIZED VIEW mv IS 'ids';
  )");
  Catalog c = s.catalog();
  REQUIRE(c.views.size() == 2);
  const View* v = c.view("app", "v");
  REQUIRE(v);
  CHECK_FALSE(v->materialized);
  CHECK(v->query.rfind("SELECT", 0) == 0);
  CHECK(v->query.find("FROM public.t") != std::string::npos);
  CHECK(v->query.back() != ';');
  REQUIRE(v->columns.size() == 3);
  CHECK(v->columns[0].name == "id");
  CHECK(v->columns[0].type == "integer");
  CHECK(v->columns[2].type == "public.mood");
  // In the order pg_class.reloptions holds them: the WITH options as written, the CHECK OPTION appended last.
  CHECK(v->options == std::vector<std::string>{"security_barrier=true", "check_option=local"});
  CHECK(has(v->meta.deps, {ObjectKind::Table, "public", "t", "", ""}));
  CHECK(has(v->meta.deps, {ObjectKind::Column, "public", "name", "t", ""}));
  CHECK_FALSE(has(v->meta.deps, {ObjectKind::Column, "public", "unused", "t", ""}));
  CHECK(has(v->meta.deps, {ObjectKind::Type, "public", "mood", "", ""}));
  const View* mv = c.view("public", "mv");
  REQUIRE(mv);
  CHECK(mv->materialized);
  CHECK_FALSE(mv->with_data);
  CHECK(mv->comment == "ids");
  CHECK(has(mv->meta.deps, {ObjectKind::View, "app", "v", "", ""}));
  REQUIRE(c.indexes.size() == 1);
  CHECK(c.indexes[0].table == "mv");
  CHECK(c.indexes[0].unique);
  CHECK(c.unsupported.empty());
}

TEST_CASE("views: grants on views, materialized views and view columns, owners of views and other kinds") {
  ScratchDb s;
  s.exec(R"(
    DO $$ BEGIN CREATE ROLE readonly_user; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
    DO $$ BEGIN CREATE ROLE admin_role; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
    CREATE TABLE t (a int, b int);
    CREATE VIEW v AS SELECT a, b FROM t;
    CREATE MATERIALIZED VIEW m AS SELECT a FROM t;
    GRANT SELECT ON v TO readonly_user;
    GRANT UPDATE (b) ON v TO readonly_user;
    GRANT SELECT ON m TO readonly_user;
    CREATE FUNCTION f(n integer) RETURNS int LANGUAGE sql AS 'SELECT n';
    CREATE DOMAIN d AS int;
    CREATE TYPE pair AS (x int);
    ALTER VIEW v OWNER TO admin_role;
    ALTER MATERIALIZED VIEW m OWNER TO admin_role;
    ALTER FUNCTION f(int) OWNER TO admin_role;
    ALTER DOMAIN d OWNER TO admin_role;
    ALTER TYPE pair OWNER TO admin_role;
  )");
  Catalog c = s.catalog();
  std::vector<std::string> grants, owners;
  for (const auto& g : c.grants) {
    std::string privs;
    for (const auto& p : g.privileges) privs += " " + p;
    grants.push_back(g.object.str() + " " + g.grantee + privs);
  }
  for (const auto& o : c.owners) owners.push_back(o.object.str() + " " + o.owner);
  CHECK(grants == std::vector<std::string>{
                      "column public.v.b readonly_user UPDATE",
                      "materialized view public.m readonly_user SELECT",
                      "view public.v readonly_user SELECT",
                  });
  std::string all;
  for (const auto& o : owners) all += o + "\n";
  CHECK(all ==
        "schema public pg_database_owner\n"  // as PostgreSQL 15 creates it
        "function public.f(integer) admin_role\n"
        "materialized view public.m admin_role\n"
        "type public.d admin_role\n"
        "type public.pair admin_role\n"
        "view public.v admin_role\n");
}

TEST_CASE("views: column defaults as pg_get_expr() prints them, with what they use") {
  ScratchDb s;
  s.exec(R"(
    CREATE TABLE t (id int, name text, n bigint);
    CREATE SEQUENCE s;
    CREATE FUNCTION pick() RETURNS text LANGUAGE sql AS 'SELECT ''x''';
    CREATE VIEW v AS SELECT id, name, n FROM t;
    ALTER VIEW v ALTER COLUMN name SET DEFAULT pick();
    ALTER TABLE ONLY v ALTER COLUMN n SET DEFAULT nextval('s');
    ALTER VIEW v ALTER COLUMN id SET DEFAULT 7;
  )");
  Catalog c = s.catalog();
  const View* v = c.view("public", "v");
  REQUIRE(v);
  CHECK(v->column_defaults == std::map<std::string, std::string>{
                                  {"id", "7"}, {"n", "nextval('public.s'::regclass)"}, {"name", "public.pick()"}});
  CHECK(has(v->meta.deps, {ObjectKind::Sequence, "public", "s", "", ""}));
  CHECK(has(v->meta.deps, {ObjectKind::Function, "public", "pick", "", ""}));
  CHECK(has(v->meta.deps, {ObjectKind::Table, "public", "t", "", ""}));
}
