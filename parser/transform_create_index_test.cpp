#include <doctest/doctest.h>

#include "parser/test_util.h"

using namespace schemaplan;
using namespace schemaplan::parser;
using testing::index_of;
using testing::parse_error;
using testing::parse_sql;
using V = std::vector<std::string>;

TEST_CASE("CREATE INDEX: name, table, unique, definition, columns used") {
  Catalog c = parse_sql(R"(
    create schema app;
    create table app.users (id int, email text, deleted_at timestamptz, org int);
    create unique index concurrently if not exists users_email on only app.users using btree (lower(email))
      include (id) where deleted_at is null;
    create index on app.users (org, id desc);
  )");
  const Index& u = index_of(c, "users_email", "app");
  CHECK(u.table == "users");
  CHECK(u.unique);
  CHECK(u.definition == "USING btree (lower(email)) INCLUDE (id) WHERE deleted_at IS NULL");
  CHECK(u.columns == V{"deleted_at", "email", "id"});
  CHECK(u.meta.deps.empty());
  CHECK(u.meta.span.str() == "test.sql:4:5");
  const Index& o = index_of(c, "users_org_id_idx", "app");
  CHECK_FALSE(o.unique);
  CHECK(o.definition == "USING btree (org, id DESC)");
}

TEST_CASE("indexes spelled differently are equal") {
  const std::string table = "create table t (a int, b text);";
  CHECK(parse_sql(table + "create index i on t (a);") == parse_sql(table + "CREATE INDEX i ON public.t USING btree (a ASC NULLS LAST);"));
  CHECK(parse_sql(table + "create index i on t ((lower(b)));") == parse_sql(table + "create index i on t (lower(b));"));
  CHECK(parse_sql(table + "create index i on t (a) where (a > 0);") ==
        parse_sql(table + "create index i on t (a) where a>0;"));
  CHECK(parse_sql(table + "create index i on t ((b::varchar));") == parse_sql(table + "create index i on t ((cast(b as character varying)));"));
}

TEST_CASE("CREATE INDEX IF NOT EXISTS keeps the first") {
  Catalog c = parse_sql("create table t (a int, b int); create index i on t (a); create index if not exists i on t (b);");
  CHECK(index_of(c, "i").definition == "USING btree (a)");
}

TEST_CASE("CREATE INDEX errors") {
  Diagnostic d = parse_error("create table t (a int);\ncreate index on nope (a);");
  CHECK(d.code == "undefined-object");
  CHECK(d.message == "table public.nope does not exist");
  CHECK(d.span.str() == "test.sql:2:17");
  CHECK(parse_error("create table t (a int); create index on t (b);").message == "column b of table public.t does not exist");
  CHECK(parse_error("create table t (a int); create index i on t (a); create index i on t (a);").message ==
        "index public.i already exists (first defined at test.sql:1:25)");
  CHECK(parse_error("create table t (a int); create index t on t (a);").message ==
        "cannot create index public.t: the name is taken by a table (first defined at test.sql:1:14)");
  CHECK(parse_error("create table t (a int); create index on t (a) tablespace x;").message ==
        "TABLESPACE for indexes is not supported yet");
}

TEST_CASE("index storage parameters print as pg_get_indexdef prints them") {
  auto def = [](const std::string& sql) { return parse_sql("create table t (a int, b text);" + sql).indexes.at(0).definition; };
  CHECK(def("create index i on t (a) with (fillfactor = 70);") == "USING btree (a) WITH (fillfactor='70')");
  CHECK(def("create index i on t (a) with (fillfactor = '70');") == "USING btree (a) WITH (fillfactor='70')");
  CHECK(def("create index i on t using gin (to_tsvector('english', b)) with (fastupdate = off);") ==
        "USING gin (to_tsvector('english', b)) WITH (fastupdate=off)");
  CHECK(def("create index i on t (a) include (b) with (fillfactor = 50) where a > 0;") ==
        "USING btree (a) INCLUDE (b) WITH (fillfactor='50') WHERE a > 0");
}
