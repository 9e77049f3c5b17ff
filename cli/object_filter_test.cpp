#include <doctest/doctest.h>

#include "cli/object_filter.h"

using namespace schemaplan;
using namespace schemaplan::cli;

TEST_CASE("object filter: globs over names, schema.name and schemas; a table takes its indexes and sequences") {
  Catalog c;
  c.schemas = {Schema{"public"}, Schema{"audit"}};
  Table t1, t2, t3;
  t1.schema = "public", t1.name = "users";
  t2.schema = "public", t2.name = "_prisma_migrations";
  t3.schema = "audit", t3.name = "tmp_load";
  c.tables = {t1, t2, t3};
  Index i;
  i.schema = "public", i.name = "mig_idx", i.table = "_prisma_migrations";
  c.indexes = {i};
  Sequence s;
  s.schema = "public", s.name = "mig_seq", s.owned_by_table = "_prisma_migrations", s.owned_by_column = "id";
  c.sequences = {s};

  ObjectFilter f = runner_bookkeeping();
  f.exclude_objects.push_back("audit.tmp_*");
  Catalog a = c;
  f.apply(a);
  REQUIRE(a.tables.size() == 1);
  CHECK(a.tables[0].name == "users");
  CHECK(a.indexes.empty());
  CHECK(a.sequences.empty());
  CHECK(a.schemas.size() == 2);

  ObjectFilter only_public;
  only_public.include_schemas = {"pub*"};
  Catalog b = c;
  only_public.apply(b);
  CHECK(b.schemas.size() == 1);
  CHECK(b.tables.size() == 2);
  CHECK(only_public.object_excluded("audit", "anything"));
  CHECK_FALSE(ObjectFilter{}.object_excluded("audit", "x"));
}
