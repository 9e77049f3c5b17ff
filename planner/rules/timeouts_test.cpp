#include <doctest/doctest.h>

#include "planner/rules/test_catalogs.h"

using namespace schemaplan;
using namespace schemaplan::test;

TEST_CASE("rule 10: every online step carries its timeouts, long steps get no statement limit") {
  Catalog a = catalog({table("t", {col("id", "integer", true), col("x", "integer")})});
  Catalog b = catalog({table("t", {col("id", "integer", true), col("x", "integer", true)})});
  b.indexes = {Index{"public", "t_x_idx", "t", false, "USING btree (x)", {"x"}}};
  PlanOptions o;
  o.lock_timeout = "2s";
  o.statement_timeout = "30s";
  Plan p = plan(a, b, o);
  REQUIRE(p.steps.size() == 4);
  for (const auto& s : p.steps) {
    CHECK(s.lock_timeout == "2s");
    bool long_step = !s.transactional;  // the concurrent build and the VALIDATE
    CHECK(s.statement_timeout == (long_step ? "0" : "30s"));
  }
}

TEST_CASE("rule 10: the simple strategy sets no timeouts") {
  Catalog a = catalog({table("t", {col("x", "integer")})});
  Catalog b = catalog({table("t", {col("x", "integer", true)})});
  Plan p = plan(a, b, simple());
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].lock_timeout.empty());
  CHECK(p.steps[0].statement_timeout.empty());
}
