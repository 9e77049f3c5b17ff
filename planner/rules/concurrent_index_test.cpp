#include <doctest/doctest.h>

#include "planner/rules/test_catalogs.h"

using namespace schemaplan;
using namespace schemaplan::test;

TEST_CASE("rule 1: an index on an existing table is built and dropped concurrently, outside transactions") {
  Catalog a = catalog({table("t", {col("id", "integer", true)})});
  Catalog b = a;
  b.indexes = {Index{"public", "t_id_idx", "t", false, "USING btree (id)", {"id"}}};
  Plan up = plan(a, b);
  REQUIRE(up.steps.size() == 1);
  const Step& s = up.steps[0];
  CHECK(s.forward == std::vector<std::string>{"CREATE INDEX CONCURRENTLY t_id_idx ON public.t USING btree (id)"});
  CHECK(s.rollback == std::vector<std::string>{"DROP INDEX CONCURRENTLY public.t_id_idx"});
  CHECK_FALSE(s.transactional);
  CHECK(s.lock == LockLevel::ShareUpdateExclusive);
  CHECK(s.locked_table == "public.t");
  REQUIRE(s.hazards.size() == 1);
  CHECK(s.hazards[0] == Hazard{hazard::kIndexBuild, "builds index t_id_idx concurrently: reads the whole table, writes go on"});
  CHECK(s.statement_timeout == "0");  // a long, non-blocking step (rule 10)

  Plan down = plan(b, a);
  REQUIRE(down.steps.size() == 1);
  CHECK(down.steps[0].forward == std::vector<std::string>{"DROP INDEX CONCURRENTLY public.t_id_idx"});
  CHECK(down.steps[0].lock == LockLevel::ShareUpdateExclusive);
  CHECK(has_hazard(down.steps[0], hazard::kIndexDropped));
}

TEST_CASE("rule 1 is off in simple mode, with --no-concurrently and for tables of the same plan") {
  Catalog a = catalog({table("t", {col("id", "integer", true)})});
  Catalog b = a;
  b.indexes = {Index{"public", "t_id_idx", "t", false, "USING btree (id)", {"id"}}};
  for (PlanOptions o : {simple(), PlanOptions{Strategy::Online, false}}) {
    Plan p = plan(a, b, o);
    CHECK(p.steps[0].forward[0] == "CREATE INDEX t_id_idx ON public.t USING btree (id)");
    CHECK(p.steps[0].transactional);
    CHECK(p.steps[0].lock == LockLevel::Share);
    CHECK(p.steps[0].hazards.at(0).message == "builds index t_id_idx while blocking writes to public.t");
  }
  Plan fresh = plan(Catalog{}, b);
  CHECK(fresh.steps[1].forward[0] == "CREATE INDEX t_id_idx ON public.t USING btree (id)");
  CHECK(fresh.steps[1].hazards.empty());
}

TEST_CASE("rule 1 leaves a partitioned table's index plain: PostgreSQL has no CONCURRENTLY for it") {
  Table t = table("m", {col("id", "integer", true)});
  t.partition_key = "RANGE (id)";
  Catalog a = catalog({t});
  Catalog b = a;
  b.indexes = {Index{"public", "m_id_idx", "m", false, "USING btree (id)", {"id"}}};
  Plan p = plan(a, b);
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].forward[0] == "CREATE INDEX m_id_idx ON public.m USING btree (id)");
  CHECK(p.steps[0].transactional);
}
