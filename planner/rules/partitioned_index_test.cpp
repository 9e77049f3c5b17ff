#include <doctest/doctest.h>

#include "model/pg_names.h"
#include "planner/rules/rules.h"
#include "planner/rules/test_catalogs.h"

using namespace schemaplan;
using namespace schemaplan::test;

namespace {

Table partition(std::string name, std::string parent, std::string bound) {
  Table t = table(std::move(name), {});
  t.partition_of = TableRef{"public", std::move(parent)};
  t.partition_bound = std::move(bound);
  return t;
}

/// m (range on id) with m1 and m2, m2 partitioned by list (kind) with m21.
Catalog partitioned_tree() {
  Table m = table("m", {col("id", "integer", true), col("kind", "text")});
  m.partition_key = "RANGE (id)";
  Table m2 = partition("m2", "m", "FOR VALUES FROM (10) TO (20)");
  m2.partition_key = "LIST (kind)";
  return catalog({m, partition("m1", "m", "FOR VALUES FROM (0) TO (10)"), m2, partition("m21", "m2", "FOR VALUES IN ('a')")});
}

}  // namespace

TEST_CASE("partition index names follow PostgreSQL's ChooseIndexName") {
  using rules::index_column_names;
  // Expressions are named as FigureColname names them: a call by its function, a cast by its argument or else
  // its type, anything else "expr".
  CHECK(index_column_names("USING btree (kind, lower(name), kind) INCLUDE (id) WHERE (id > 0)") ==
        std::vector<std::string>{"kind", "lower", "kind1", "id"});
  CHECK(index_column_names("USING btree (\"Odd Name\" text_pattern_ops DESC NULLS LAST, ((a + 1)), ((a)::text))") ==
        std::vector<std::string>{"Odd Name", "expr", "a"});
  CHECK(index_column_names("USING btree (((a + 1)::character varying(10)), public.f(a) DESC, COALESCE(a, b))") ==
        std::vector<std::string>{"varchar", "f", "coalesce"});
  CHECK(pg_names::name_addition({"a", "expr", "b"}) == "a_expr_b");
  CHECK(pg_names::make_object_name("m1", "kind", "idx") == "m1_kind_idx");
  // Too long: the longer part is cut first, then both, so the whole is 63 bytes.
  const std::string part = "a_very_long_partition_name_that_goes_on_and_on_2024_01";
  CHECK(pg_names::make_object_name(part, "b_expr_b1_a", "idx") == "a_very_long_partition_name_that_goes_on_and_on__b_expr_b1_a_idx");
  CHECK(pg_names::make_object_name(part, "b_expr_b1_a", "idx").size() == 63);
  // Never cut inside a UTF-8 character.
  CHECK(pg_names::make_object_name(std::string(58, 'x') + "\xc3\xa9\xc3\xa9", std::nullopt, "idx") == std::string(58, 'x') + "_idx");
  std::set<std::pair<std::string, std::string>> taken{{"public", "m1_kind_idx"}, {"public", "m1_kind_idx1"}};
  CHECK(rules::choose_relation_name("public", "m1", "kind", "idx", taken) == "m1_kind_idx2");
  CHECK(rules::choose_relation_name("other", "m1", "kind", "idx", taken) == "m1_kind_idx");
}

TEST_CASE("rule 1 on a partitioned table: ON ONLY, each leaf built concurrently and attached") {
  Catalog a = partitioned_tree();
  a.indexes = {Index{"public", "m1_kind_idx", "m1", false, "USING btree (kind DESC)", {"kind"}}};  // takes the name
  Catalog b = a;
  b.indexes.push_back(Index{"public", "m_kind_idx", "m", false, "USING btree (kind)", {"kind"}});
  normalize(b);
  Plan p = plan(a, b);
  REQUIRE(p.steps.size() == 5);
  const Step& top = p.steps[0];
  CHECK(top.forward == std::vector<std::string>{"CREATE INDEX m_kind_idx ON ONLY public.m USING btree (kind)",
                                                "CREATE INDEX m2_kind_idx ON ONLY public.m2 USING btree (kind)",
                                                "ALTER INDEX public.m_kind_idx ATTACH PARTITION public.m2_kind_idx"});
  CHECK(top.rollback == std::vector<std::string>{"DROP INDEX IF EXISTS public.m_kind_idx"});
  CHECK(top.transactional);
  CHECK(top.lock == LockLevel::Share);
  CHECK_FALSE(top.scans);
  CHECK(top.hazards.empty());
  std::vector<std::string> rest;
  for (size_t i = 1; i < p.steps.size(); ++i) rest.push_back(p.steps[i].forward.at(0));
  std::sort(rest.begin(), rest.end());
  CHECK(rest == std::vector<std::string>{
                    "ALTER INDEX public.m2_kind_idx ATTACH PARTITION public.m21_kind_idx",
                    "ALTER INDEX public.m_kind_idx ATTACH PARTITION public.m1_kind_idx1",
                    "CREATE INDEX CONCURRENTLY m1_kind_idx1 ON public.m1 USING btree (kind)",
                    "CREATE INDEX CONCURRENTLY m21_kind_idx ON public.m21 USING btree (kind)",
                });
  for (const Step& s : p.steps) {
    CHECK(s.target == ObjectId{ObjectKind::Index, "public", "m_kind_idx", "m", ""});
    if (s.forward[0].starts_with("CREATE INDEX CONCURRENTLY")) {
      CHECK_FALSE(s.transactional);
      CHECK(s.lock == LockLevel::ShareUpdateExclusive);
      CHECK(has_hazard(s, hazard::kIndexBuild));
      CHECK(s.statement_timeout == "0");
    } else if (s.forward[0].starts_with("ALTER INDEX")) {
      CHECK(s.transactional);
      CHECK(s.lock == LockLevel::AccessShare);
      CHECK(s.rollback == std::vector<std::string>{"DROP INDEX IF EXISTS public.m_kind_idx"});
    }
  }
  // Each leaf is attached after its build.
  for (size_t i = 0; i < p.steps.size(); ++i)
    if (p.steps[i].forward[0].starts_with("ALTER INDEX public.m2_kind_idx"))
      for (size_t j = i; j < p.steps.size(); ++j) CHECK(p.steps[j].forward[0].find("m21_kind_idx ON") == std::string::npos);
}

TEST_CASE("rule 1 keeps the plain form of a partitioned table's index where the online form does not apply") {
  Catalog a = partitioned_tree();
  Catalog b = a;
  b.indexes = {Index{"public", "m_kind_idx", "m", false, "USING btree (kind)", {"kind"}}};
  for (PlanOptions o : {simple(), PlanOptions{Strategy::Online, false}}) {
    Plan p = plan(a, b, o);
    REQUIRE(p.steps.size() == 1);
    CHECK(p.steps[0].forward[0] == "CREATE INDEX m_kind_idx ON public.m USING btree (kind)");
  }
  // A table of the same plan.
  Plan fresh = plan(Catalog{}, b);
  for (const Step& s : fresh.steps) CHECK(s.forward[0].find("ON ONLY") == std::string::npos);
  // A partition leaving the tree in the same plan.
  Catalog c = b;
  std::erase_if(c.tables, [](const Table& t) { return t.name == "m1"; });
  CHECK(plan(a, c).steps.back().forward[0].find("ON ONLY") == std::string::npos);

  // Changed: built beside the old one under temporary names, the old one dropped, the new ones renamed.
  Catalog changed = b;
  changed.indexes[0].definition = "USING btree (kind DESC)";
  Plan swap = plan(b, changed);
  std::vector<std::string> actions;
  for (const Step& s : swap.steps) actions.push_back(s.action);
  REQUIRE(swap.steps.size() == 7);
  CHECK(swap.steps[0].forward == std::vector<std::string>{
                                     "CREATE INDEX m_kind_idx_sp_new ON ONLY public.m USING btree (kind DESC)",
                                     "CREATE INDEX m2_kind_idx_sp_new ON ONLY public.m2 USING btree (kind DESC)",
                                     "ALTER INDEX public.m_kind_idx_sp_new ATTACH PARTITION public.m2_kind_idx_sp_new"});
  const Step& old = swap.steps[5];
  CHECK(old.forward == std::vector<std::string>{"DROP INDEX public.m_kind_idx"});
  CHECK(old.lock == LockLevel::AccessExclusive);
  CHECK(has_hazard(old, hazard::kAccessExclusiveLock));
  const Step& rename = swap.steps[6];
  CHECK(rename.forward == std::vector<std::string>{"ALTER INDEX public.m_kind_idx_sp_new RENAME TO m_kind_idx",
                                                   "ALTER INDEX public.m1_kind_idx_sp_new RENAME TO m1_kind_idx",
                                                   "ALTER INDEX public.m2_kind_idx_sp_new RENAME TO m2_kind_idx",
                                                   "ALTER INDEX public.m21_kind_idx_sp_new RENAME TO m21_kind_idx"});
  CHECK(rename.rollback.front() == "ALTER INDEX public.m21_kind_idx RENAME TO m21_kind_idx_sp_new");
  CHECK(rename.lock == LockLevel::ShareUpdateExclusive);
  for (size_t i = 1; i < 5; ++i) CHECK(swap.steps[i].action.find("partition index") != std::string::npos);

  // Dropped: no CONCURRENTLY for a partitioned index; the step says what it locks.
  Plan drop = plan(b, a);
  REQUIRE(drop.steps.size() == 1);
  CHECK(drop.steps[0].forward[0] == "DROP INDEX public.m_kind_idx");
  CHECK(drop.steps[0].lock == LockLevel::AccessExclusive);
  CHECK(has_hazard(drop.steps[0], hazard::kAccessExclusiveLock));
}

TEST_CASE("rule 2 keeps a partitioned table's new key plain: no USING INDEX for partitioned tables") {
  Catalog a = partitioned_tree();
  Catalog b = a;
  for (auto& t : b.tables)
    if (t.name == "m") t.constraints.push_back(Constraint{"m_id_kind_key", ConstraintType::Unique, "UNIQUE (id, kind)", {"id", "kind"}});
  normalize(b);
  Plan p = plan(a, b);
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].forward[0] == "ALTER TABLE public.m ADD CONSTRAINT m_id_kind_key UNIQUE (id, kind)");
  CHECK(p.steps[0].lock == LockLevel::AccessExclusive);
  CHECK(has_hazard(p.steps[0], hazard::kAccessExclusiveLock));
  CHECK(has_hazard(p.steps[0], hazard::kIndexBuild));
}
