// Stand-alone indexes read from a live database.
#include <doctest/doctest.h>

#include "introspect/database.h"
#include "model/sql_writer.h"
#include "tests/support/test_db.h"

using namespace schemaplan;
using schemaplan::testing::ScratchDb;

namespace {

const Index& index(const Catalog& c, const std::string& name, const std::string& schema = "public") {
  for (const auto& i : c.indexes)
    if (i.schema == schema && i.name == name) return i;
  FAIL("no index " << schema << "." << name);
  throw;
}

using Names = std::vector<std::string>;

}  // namespace

TEST_CASE("indexes: partial, expression, INCLUDE, ordering, unique, comments") {
  ScratchDb s;
  s.exec(R"(
    CREATE TABLE users (id int, email text, deleted_at timestamptz, score int, name text);
    CREATE INDEX users_email_lower ON users (lower(email)) INCLUDE (id) WHERE deleted_at IS NULL;
    CREATE UNIQUE INDEX users_email ON users (email);
    CREATE INDEX users_score ON users (score DESC NULLS LAST, name ASC NULLS FIRST, id DESC NULLS FIRST);
    CREATE INDEX users_hash ON users USING hash (name);
    COMMENT ON INDEX users_email IS 'one account per address';
  )");
  Catalog c = s.catalog();
  REQUIRE(c.indexes.size() == 4);
  const Index& partial = index(c, "users_email_lower");
  CHECK(partial.table == "users");
  CHECK_FALSE(partial.unique);
  CHECK(partial.definition == "USING btree (lower(email)) INCLUDE (id) WHERE (deleted_at IS NULL)");
  CHECK(partial.columns == Names{"id", "email", "deleted_at"});
  CHECK_FALSE(partial.comment.has_value());

  const Index& unique = index(c, "users_email");
  CHECK(unique.unique);
  CHECK(unique.definition == "USING btree (email)");
  CHECK(unique.columns == Names{"email"});
  CHECK(unique.comment == "one account per address");

  CHECK(index(c, "users_score").definition == "USING btree (score DESC NULLS LAST, name NULLS FIRST, id DESC)");
  CHECK(index(c, "users_score").columns == Names{"score", "name", "id"});
  CHECK(index(c, "users_hash").definition == "USING hash (name)");
  for (const auto& i : c.indexes) CHECK(i.meta.deps.empty());
}

TEST_CASE("indexes: names that hold USING, quoted schemas, extension operator classes and functions") {
  ScratchDb s;
  s.exec(R"(
    CREATE SCHEMA "My Schema";
    CREATE EXTENSION pg_trgm;
    CREATE FUNCTION norm(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(t) $$;
    CREATE TABLE "a USING b" ("x USING y" text, "Mixed" int);
    CREATE INDEX "i USING j" ON "a USING b" ("x USING y");
    CREATE UNIQUE INDEX "Über" ON "a USING b" (norm("x USING y"), "Mixed");
    CREATE TABLE "My Schema"."select" (v text);
    CREATE INDEX trgm ON "My Schema"."select" USING gin (v gin_trgm_ops);
  )");
  Catalog c = s.catalog();
  const Index& i = index(c, "i USING j");
  CHECK(i.table == "a USING b");
  CHECK(i.definition == "USING btree (\"x USING y\")");
  CHECK(i.columns == Names{"x USING y"});

  const Index& u = index(c, "Über");
  CHECK(u.unique);
  CHECK(u.definition == "USING btree (public.norm(\"x USING y\"), \"Mixed\")");
  CHECK(u.columns == Names{"Mixed", "x USING y"});
  CHECK(u.meta.deps == std::vector<ObjectId>{{ObjectKind::Function, "public", "norm", "", "text"}});

  const Index& trgm = index(c, "trgm", "My Schema");
  CHECK(trgm.table == "select");
  CHECK(trgm.definition == "USING gin (v public.gin_trgm_ops)");
  CHECK(trgm.meta.deps == std::vector<ObjectId>{{ObjectKind::Extension, "", "pg_trgm", "", ""}});
}

TEST_CASE("indexes: those behind keys belong to the constraint, but one a foreign key uses stays") {
  ScratchDb s;
  s.exec(R"(
    CREATE EXTENSION btree_gist;
    CREATE TABLE parent (id int PRIMARY KEY, code text, email text UNIQUE, room int,
                         EXCLUDE USING gist (room WITH =));
    CREATE UNIQUE INDEX parent_code ON parent (code);
    CREATE TABLE child (code text REFERENCES parent (code), email text REFERENCES parent (email));
    CREATE TABLE measure (at date) PARTITION BY RANGE (at);
    CREATE TABLE measure_2024 PARTITION OF measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
    CREATE INDEX measure_at ON measure (at);
  )");
  Catalog c = s.catalog();
  // The partitioned table's index is listed once, on its table; its partition's copy belongs to it.
  REQUIRE(c.indexes.size() == 2);
  CHECK(c.indexes[0].name == "measure_at");
  CHECK(c.indexes[0].definition == "USING btree (at)");
  CHECK(c.indexes[1].name == "parent_code");
  CHECK(c.indexes[1].definition == "USING btree (code)");
}

TEST_CASE("indexes: a partitioned index holds its partitions' indexes that PostgreSQL would name otherwise") {
  ScratchDb s;
  s.exec(R"(
    CREATE SCHEMA other;
    CREATE TABLE p (id int, k text) PARTITION BY LIST (k);
    CREATE TABLE p_a PARTITION OF p FOR VALUES IN ('a');
    CREATE TABLE other.p_b PARTITION OF p FOR VALUES IN ('b') PARTITION BY RANGE (id);
    CREATE TABLE other.p_b1 PARTITION OF other.p_b FOR VALUES FROM (1) TO (10);
    CREATE INDEX p_b1_own ON other.p_b1 (id);
    CREATE INDEX p_i ON p (id);
  )");
  Catalog c = s.catalog();
  REQUIRE(c.indexes.size() == 1);  // the partitions' are part of p_i
  CHECK(index(c, "p_i").definition == "USING btree (id)");
  CHECK(index(c, "p_i").partition_indexes == std::vector<PartitionIndex>{{"other", "p_b1_own", "p_b1"}});
}

// The indexes query prints most definitions itself instead of calling pg_get_indexdef() (catalog_queries.cpp,
// plain_index_definition()): whichever route each index takes, the text must be the function's, byte for byte.
TEST_CASE("indexes: every definition is pg_get_indexdef()'s, whether the query prints it or the function does") {
  ScratchDb s;
  s.exec(R"(
    CREATE EXTENSION btree_gist;
    CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
    CREATE TYPE size AS ENUM ('s', 'm', 'l');
    CREATE DOMAIN short_text AS text;
    CREATE TABLE shapes (id int, v varchar(20), d short_text, m mood, z size, t text, "Order" int, "a b" text,
      j jsonb, tv tsvector, arr int[], r int4range, ts timestamptz, "select" int);
    CREATE INDEX s_plain ON shapes (id);
    CREATE INDEX s_keyword ON shapes ("select", "Order" DESC);
    CREATE INDEX s_varchar ON shapes (v);
    CREATE INDEX s_domain ON shapes (d);
    CREATE INDEX s_enum ON shapes (m, ts DESC);
    CREATE INDEX s_orders ON shapes (m DESC NULLS LAST, id NULLS FIRST, t DESC NULLS FIRST, ts ASC NULLS LAST);
    CREATE INDEX s_pattern ON shapes (t text_pattern_ops);
    CREATE INDEX s_collate ON shapes (t COLLATE "C");
    CREATE INDEX s_collate_same ON shapes (t COLLATE "default");
    CREATE INDEX s_hash ON shapes USING hash (t);
    CREATE INDEX s_hash_enum ON shapes USING hash (z);
    CREATE INDEX s_gin ON shapes USING gin (j);
    CREATE INDEX s_gin_path ON shapes USING gin (j jsonb_path_ops);
    CREATE INDEX s_gist_options ON shapes USING gist (tv tsvector_ops (siglen = 100));
    CREATE INDEX s_gist ON shapes USING gist (tv);
    CREATE INDEX s_brin ON shapes USING brin (ts);
    CREATE INDEX s_spgist ON shapes USING spgist (t);
    CREATE INDEX s_array ON shapes USING gin (arr);
    CREATE INDEX s_range ON shapes USING gist (r);
    CREATE INDEX s_btree_gist ON shapes USING gist (id, r);
    CREATE INDEX s_include ON shapes ("Order") INCLUDE ("a b", id);
    CREATE INDEX "s quoted" ON shapes ("a b" DESC);
    CREATE INDEX s_fillfactor ON shapes (id) WITH (fillfactor = 70);
    CREATE INDEX s_partial ON shapes (id) WHERE id > 0;
    CREATE INDEX s_expression ON shapes (lower(t), id);
    CREATE UNIQUE INDEX s_unique ON shapes (id, t);
    -- Once the enum type has a default class of its own, the index above on anyenum's names its class.
    CREATE OPERATOR CLASS size_ops DEFAULT FOR TYPE size USING hash AS OPERATOR 1 =(anyenum, anyenum),
      FUNCTION 1 hashenum(anyenum);
    CREATE INDEX s_hash_enum_own ON shapes USING hash (z);
    CREATE TABLE parted (id int, k int) PARTITION BY RANGE (k);
    CREATE TABLE parted_1 PARTITION OF parted FOR VALUES FROM (0) TO (10);
    CREATE INDEX parted_id ON parted (id DESC);
  )");
  if (s.db().query_value("SELECT current_setting('server_version_num')::int >= 150000") == "t") {
    s.exec("CREATE INDEX s_nulls_not_distinct ON shapes (id) NULLS NOT DISTINCT;"
           "CREATE UNIQUE INDEX s_unique_nulls_not_distinct ON shapes (t, id) NULLS NOT DISTINCT;");
  }
  Catalog c = s.catalog();
  CHECK(c.indexes.size() >= 28);
  for (const auto& i : c.indexes) {
    CAPTURE(i.name);
    const std::string full = s.db().query_value("SELECT pg_get_indexdef(" + sql::literal(sql::qualified(i.schema, i.name)) +
                                                "::regclass)");
    const std::string prefix = full.substr(0, full.find(" USING ") + 1);
    CHECK(prefix + i.definition == full);
  }
  CHECK(index(c, "s_hash_enum").definition == "USING hash (z enum_ops)");
  CHECK(index(c, "s_hash_enum_own").definition == "USING hash (z)");
  CHECK(index(c, "s_orders").definition == "USING btree (m DESC NULLS LAST, id NULLS FIRST, t DESC, ts)");
}
