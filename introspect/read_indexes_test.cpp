// Stand-alone indexes read from a live database.
#include <doctest/doctest.h>

#include "introspect/database.h"
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
