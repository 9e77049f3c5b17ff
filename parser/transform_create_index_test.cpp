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
        "USING gin (to_tsvector('english'::regconfig, b)) WITH (fastupdate=off)");
  CHECK(def("create index i on t (a) include (b) with (fillfactor = 50) where a > 0;") ==
        "USING btree (a) INCLUDE (b) WITH (fillfactor='50') WHERE a > 0");
}

TEST_CASE("ALTER INDEX ... ATTACH PARTITION: pg_dump's shape and the plain one give one model") {
  const std::string tables = R"(
    create table p (id int not null, k text) partition by list (k);
    create table p_a partition of p for values in ('a');
    create table p_b partition of p for values in ('b') partition by range (id);
    create table p_b1 partition of p_b for values from (1) to (10);
  )";
  Catalog dumped = parse_sql(tables + R"(
    create index p_i on only p (id);
    create index p_a_id_idx on p_a (id);
    create index p_b_i on only p_b (id);
    create index p_b1_own on p_b1 (id);
    alter index p_i attach partition p_a_id_idx;
    alter index p_i attach partition p_b_i;
    alter index p_b_i attach partition p_b1_own;
  )");
  REQUIRE(dumped.indexes.size() == 1);
  const Index& i = index_of(dumped, "p_i", "public");
  // PostgreSQL's own name for p_a's copy is implied; the others are kept.
  CHECK(i.partition_indexes == std::vector<PartitionIndex>{{"public", "p_b1_own", "p_b1"}, {"public", "p_b_i", "p_b"}});

  // A plain CREATE INDEX adopts a partition's equal index, at any depth, as PostgreSQL does.
  Catalog plain = parse_sql(tables + R"(
    create index p_b1_own on p_b1 (id);
    create index p_b_i on p_b (id);
    create index p_i on p (id);
  )");
  CHECK(plain == dumped);

  // A partition's key attached to its parent's is the parent's, as introspection reads it.
  Catalog keys = parse_sql(tables + R"(
    alter table only p add constraint p_pkey primary key (id, k);
    alter table only p_b add constraint p_b_pkey primary key (id, k);
    alter table only p_b1 add constraint p_b1_pkey primary key (id, k);
    alter index p_pkey attach partition p_b_pkey;
    alter index p_b_pkey attach partition p_b1_pkey;
  )");
  CHECK(keys.table("public", "p_b")->constraints.empty());
  CHECK(keys.table("public", "p_b1")->constraints.empty());
  CHECK(parse_error(tables + "create index p_i on only p (id); alter index p_i attach partition nope;").message ==
        "index public.nope does not exist");
}
