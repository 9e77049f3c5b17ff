#include <doctest/doctest.h>

#include "planner/rules/test_catalogs.h"

using namespace schemaplan;
using namespace schemaplan::test;

namespace {
Catalog two_tables(std::vector<Constraint> on_t) {
  return catalog({table("p", {col("id", "integer", true)}, {Constraint{"p_pkey", ConstraintType::PrimaryKey, "PRIMARY KEY (id)", {"id"}}}),
                  table("t", {col("x", "integer"), col("p_id", "integer")}, std::move(on_t))});
}
}  // namespace

TEST_CASE("rule 3: a CHECK on an existing table is added NOT VALID, then validated in its own step") {
  Plan p = plan(two_tables({}), two_tables({check("t_x_check", "x", "(x > 0)")}));
  CHECK(summary(p) == std::vector<std::string>{"create constraint public.t.t_x_check", "validate constraint public.t.t_x_check"});
  const Step& add = p.steps[0];
  CHECK(add.forward == std::vector<std::string>{"ALTER TABLE public.t ADD CONSTRAINT t_x_check CHECK ((x > 0)) NOT VALID"});
  CHECK(add.rollback == std::vector<std::string>{"ALTER TABLE public.t DROP CONSTRAINT t_x_check"});
  CHECK(add.transactional);
  CHECK(add.lock == LockLevel::AccessExclusive);
  CHECK_FALSE(add.scans);
  CHECK(add.hazards.empty());
  CHECK(add.statement_timeout == "0");  // the default --statement-timeout
  const Step& v = p.steps[1];
  CHECK(v.forward == std::vector<std::string>{"ALTER TABLE public.t VALIDATE CONSTRAINT t_x_check"});
  CHECK(v.rollback.empty());
  CHECK_FALSE(v.transactional);  // its own transaction: the ADD's lock is released before the scan
  CHECK(v.lock == LockLevel::ShareUpdateExclusive);
  CHECK(v.locked_table == "public.t");
  CHECK(v.scans);
  CHECK(v.lock_timeout == "5s");
  CHECK(v.change == ChangeKind::Create);  // part of the constraint's creation
}

TEST_CASE("rule 3: a foreign key between existing tables: NOT VALID under SHARE ROW EXCLUSIVE, then VALIDATE") {
  PlanOptions o;
  o.statement_timeout = "1min";
  Plan p = plan(two_tables({}), two_tables({fk("t_p_fk", "p_id", "p", "id")}), o);
  CHECK(summary(p) == std::vector<std::string>{"create foreign key public.t.t_p_fk", "validate foreign key public.t.t_p_fk"});
  CHECK(p.steps[0].forward[0] == "ALTER TABLE public.t ADD CONSTRAINT t_p_fk FOREIGN KEY (p_id) REFERENCES public.p(id) NOT VALID");
  CHECK(p.steps[0].lock == LockLevel::ShareRowExclusive);
  CHECK(p.steps[0].statement_timeout == "1min");
  CHECK(p.steps[1].forward[0] == "ALTER TABLE public.t VALIDATE CONSTRAINT t_p_fk");
  CHECK(p.steps[1].lock == LockLevel::ShareUpdateExclusive);
  CHECK(p.steps[1].statement_timeout == "0");
}

TEST_CASE("rule 3 is skipped for NOT VALID constraints, new tables and the simple strategy") {
  Constraint nv = check("t_x_check", "x", "(x > 0)");
  nv.validated = false;
  nv.definition += " NOT VALID";
  Plan p = plan(two_tables({}), two_tables({nv}));
  REQUIRE(p.steps.size() == 1);
  CHECK(p.steps[0].forward[0] == "ALTER TABLE public.t ADD CONSTRAINT t_x_check CHECK ((x > 0)) NOT VALID");

  Plan fresh = plan(Catalog{}, two_tables({check("t_x_check", "x", "(x > 0)")}));
  for (const auto& s : fresh.steps)
    for (const auto& f : s.forward) CHECK(f.find("VALID") == std::string::npos);

  Plan plain = plan(two_tables({}), two_tables({check("t_x_check", "x", "(x > 0)")}), simple());
  REQUIRE(plain.steps.size() == 1);
  CHECK(plain.steps[0].forward[0] == "ALTER TABLE public.t ADD CONSTRAINT t_x_check CHECK ((x > 0))");
  CHECK(plain.steps[0].scans);
  CHECK(has_hazard(plain.steps[0], hazard::kFullTableScan));
  CHECK(plain.steps[0].lock_timeout.empty());
}

TEST_CASE("rule 3: a recreated foreign key is dropped, added NOT VALID, then validated") {
  Constraint old_fk = fk("t_p_fk", "p_id", "p", "id");
  Constraint new_fk = old_fk;
  new_fk.definition += " ON DELETE CASCADE";
  Plan p = plan(two_tables({old_fk}), two_tables({new_fk}));
  CHECK(summary(p) == std::vector<std::string>{"drop foreign key public.t.t_p_fk", "create foreign key public.t.t_p_fk",
                                               "validate foreign key public.t.t_p_fk"});
}
