// Rules 2, 5, 6, 7 and 9, and the phases: the statements each writes, its locks and hazards. The round-trip cases
// (tests/cases/online, tests/cases/renames) prove the same plans on the server.
#include <doctest/doctest.h>

#include "planner/renames.h"
#include "planner/rules/rules.h"
#include "planner/rules/test_catalogs.h"

using namespace schemaplan;
using namespace schemaplan::test;

namespace {
Constraint key(std::string name, ConstraintType type, std::string def, std::vector<std::string> cols) {
  return Constraint{std::move(name), type, std::move(def), std::move(cols)};
}
Column with_default(Column c, std::string d) {
  c.default_expr = std::move(d);
  return c;
}
Table keyed(std::string name, std::vector<Column> cols) {
  cols.insert(cols.begin(), col("id", "integer", true));
  return table(std::move(name), std::move(cols), {key(name + "_pkey", ConstraintType::PrimaryKey, "PRIMARY KEY (id)", {"id"})});
}
}  // namespace

TEST_CASE("rule 2: a key on an existing table is a concurrent unique index, then USING INDEX") {
  Catalog a = catalog({table("t", {col("id", "integer", true), col("e", "text")})});
  Catalog b = catalog({table("t", {col("id", "integer", true), col("e", "text")},
                             {key("t_e_key", ConstraintType::Unique, "UNIQUE (e)", {"e"})})});
  Plan p = plan(a, b);
  REQUIRE(p.steps.size() == 2);
  CHECK(p.steps[0].forward == std::vector<std::string>{"CREATE UNIQUE INDEX CONCURRENTLY t_e_key ON public.t USING btree (e)"});
  CHECK(p.steps[0].rollback == std::vector<std::string>{"DROP INDEX CONCURRENTLY IF EXISTS public.t_e_key"});
  CHECK_FALSE(p.steps[0].transactional);
  CHECK(p.steps[0].lock == LockLevel::ShareUpdateExclusive);
  CHECK(p.steps[1].forward == std::vector<std::string>{"ALTER TABLE public.t ADD CONSTRAINT t_e_key UNIQUE USING INDEX t_e_key"});
  CHECK_FALSE(has_hazard(p.steps[1], hazard::kIndexBuild));
  Plan plain = plan(a, b, simple());
  REQUIRE(plain.steps.size() == 1);
  CHECK(has_hazard(plain.steps[0], hazard::kIndexBuild));
}

TEST_CASE("rule 2: a changed key builds its index under a temporary name, then drops and attaches in one transaction") {
  Catalog a = catalog({keyed("t", {col("e", "text", true)})});
  Catalog b = catalog({table("t", {col("id", "integer", true), col("e", "text", true)},
                             {key("t_pkey", ConstraintType::PrimaryKey, "PRIMARY KEY (id, e)", {"id", "e"})})});
  Plan p = plan(a, b);
  REQUIRE(p.steps.size() == 3);
  CHECK(p.steps[0].forward == std::vector<std::string>{"CREATE UNIQUE INDEX CONCURRENTLY t_pkey_sp_new ON public.t USING btree (id, e)"});
  CHECK(p.steps[0].rollback == std::vector<std::string>{"DROP INDEX CONCURRENTLY IF EXISTS public.t_pkey_sp_new"});
  CHECK(p.steps[1].forward == std::vector<std::string>{"ALTER TABLE public.t DROP CONSTRAINT t_pkey"});
  CHECK(p.steps[1].with_next);
  CHECK(p.steps[2].forward ==
        std::vector<std::string>{"ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_pkey_sp_new"});
}

TEST_CASE("rule 5: volatility of defaults") {
  CHECK(rules::is_volatile_expression("gen_random_uuid()"));
  CHECK(rules::is_volatile_expression("clock_timestamp()"));
  CHECK(rules::is_volatile_expression("nextval('public.s'::regclass)"));
  CHECK(rules::is_volatile_expression("public.my_func(1)"));
  CHECK(rules::is_volatile_expression("my_func()"));
  CHECK_FALSE(rules::is_volatile_expression("now()"));
  CHECK_FALSE(rules::is_volatile_expression("CURRENT_TIMESTAMP"));
  CHECK_FALSE(rules::is_volatile_expression("'random()'::text"));
  CHECK_FALSE(rules::is_volatile_expression("'x'::character varying(20)"));
  CHECK_FALSE(rules::is_volatile_expression("lower('A')"));
  CHECK_FALSE(rules::is_volatile_expression("0"));
}

TEST_CASE("rule 5: a user function's volatility comes from its model in the catalog") {
  auto fn = [](std::string schema, std::string name, std::string sig, char volatility) {
    Function f;
    f.schema = std::move(schema);
    f.name = std::move(name);
    f.signature = std::move(sig);
    f.volatility = volatility;
    return f;
  };
  Catalog c;
  c.functions = {fn("public", "next_code", "", 's'), fn("public", "pick", "", 'i'), fn("public", "pick", "integer", 'v'),
                 fn("app", "stamp", "", 'i')};
  CHECK_FALSE(rules::is_volatile_expression("public.next_code()", &c));
  CHECK_FALSE(rules::is_volatile_expression("next_code()", &c));
  CHECK_FALSE(rules::is_volatile_expression("app.stamp() || lower('x')", &c));
  CHECK(rules::is_volatile_expression("public.pick(1)", &c));  // one overload is volatile: it may be the one called
  CHECK(rules::is_volatile_expression("public.stamp()", &c));  // not in that schema: unknown, so volatile
  CHECK(rules::is_volatile_expression("next_code() || random()", &c));
  CHECK(rules::is_volatile_expression("public.unknown()", &c));

  // The rule reads the desired catalog: a stable function's default stays one catalog-only ADD COLUMN.
  Catalog a = catalog({keyed("t", {})});
  a.functions = {fn("public", "next_code", "", 's')};
  Catalog b = catalog({keyed("t", {with_default(col("code", "text", true), "public.next_code()")})});
  b.functions = a.functions;
  Plan p = plan(a, b);
  CHECK(summary(p) == std::vector<std::string>{"add column public.t.code"});
  b.functions[0].volatility = 'v';
  a.functions = b.functions;
  CHECK(plan(a, b).steps.size() > 1);  // volatile: added, backfilled, made NOT NULL
}

TEST_CASE("rule 5: a volatile default is added, backfilled in batches, then made NOT NULL") {
  Catalog a = catalog({keyed("t", {})});
  Catalog b = catalog({keyed("t", {with_default(col("u", "uuid", true), "gen_random_uuid()"),
                                   with_default(col("f", "boolean", true), "false")})});
  PlanOptions o;
  o.batch_size = 500;
  Plan p = plan(a, b, o);
  std::vector<std::string> s = summary(p);
  CHECK(s == std::vector<std::string>{"add column public.t.f", "add column public.t.u", "backfill column public.t.u",
                                      "add not-null check public.t.u", "validate not-null check public.t.u",
                                      "set not null public.t.u"});
  CHECK(p.steps[0].forward == std::vector<std::string>{"ALTER TABLE public.t ADD COLUMN f boolean DEFAULT false NOT NULL"});
  CHECK(p.steps[1].forward == std::vector<std::string>{"ALTER TABLE public.t ADD COLUMN u uuid",
                                                       "ALTER TABLE public.t ALTER COLUMN u SET DEFAULT gen_random_uuid()"});
  const Step& fill = p.steps[2];
  CHECK(fill.phase == Phase::Backfill);
  CHECK_FALSE(fill.transactional);
  CHECK(fill.statement_timeout == "0");
  REQUIRE(fill.forward.size() == 1);
  CHECK(fill.forward[0].find("LIMIT 500") != std::string::npos);
  CHECK(fill.forward[0].find("COMMIT;") != std::string::npos);
  CHECK(fill.forward[0].find("(u IS NULL)") != std::string::npos);
  CHECK(p.steps[5].phase == Phase::Backfill);

  // NOT NULL without a default: nothing to fill with; NOT NULL waits for the contract, with a hazard.
  Catalog c = catalog({keyed("t", {col("n", "integer", true)})});
  Plan q = plan(a, c);
  REQUIRE(q.steps.size() == 4);
  CHECK(q.steps[0].forward == std::vector<std::string>{"ALTER TABLE public.t ADD COLUMN n integer"});
  CHECK(q.steps[3].phase == Phase::Contract);
  CHECK(has_hazard(q.steps[3], hazard::kBreaksRunningCode));
}

TEST_CASE("rule 6: binary-coercible type changes stay in place without a rewrite") {
  CHECK(rules::binary_coercible("character varying(10)", "character varying(20)"));
  CHECK(rules::binary_coercible("character varying(10)", "text"));
  CHECK(rules::binary_coercible("text", "character varying"));
  CHECK(rules::binary_coercible("numeric(8,2)", "numeric(12,2)"));
  CHECK(rules::binary_coercible("numeric(8,2)", "numeric"));
  CHECK(rules::binary_coercible("timestamp(3) without time zone", "timestamp(6) without time zone"));
  CHECK_FALSE(rules::binary_coercible("character varying(20)", "character varying(10)"));
  CHECK_FALSE(rules::binary_coercible("text", "character varying(10)"));
  CHECK_FALSE(rules::binary_coercible("numeric(8,2)", "numeric(12,4)"));
  CHECK_FALSE(rules::binary_coercible("integer", "bigint"));

  Catalog a = catalog({keyed("t", {col("c", "character varying(10)")})});
  Catalog b = catalog({keyed("t", {col("c", "text")})});
  Plan p = plan(a, b);
  REQUIRE(p.steps.size() == 1);
  CHECK_FALSE(p.steps[0].rewrites);
  CHECK_FALSE(has_hazard(p.steps[0], hazard::kTableRewrite));
}

TEST_CASE("rule 6: a rewriting type change of a plain column is expand/contract") {
  Catalog a = catalog({keyed("t", {col("q", "integer", true)})});
  Catalog b = catalog({keyed("t", {col("q", "bigint", true)})});
  Plan p = plan(a, b);
  CHECK(summary(p) == std::vector<std::string>{"add replacement column public.t.q", "backfill column public.t.q",
                                               "add not-null check public.t.q", "validate not-null check public.t.q",
                                               "set not null public.t.q", "replace column public.t.q"});
  CHECK(p.steps.front().phase == Phase::Expand);
  CHECK(contains(p.steps.front().forward, "ADD COLUMN q_sp_new bigint"));
  CHECK(contains(p.steps.front().forward, "CREATE TRIGGER t_q_sp_new_sp_sync BEFORE INSERT OR UPDATE ON public.t"));
  CHECK(p.steps[1].phase == Phase::Backfill);
  const Step& swap = p.steps.back();
  CHECK(swap.phase == Phase::Contract);
  CHECK(contains(swap.forward, "ALTER TABLE public.t DROP COLUMN q"));
  CHECK(contains(swap.forward, "ALTER TABLE public.t RENAME COLUMN q_sp_new TO q"));
  CHECK(contains(swap.rollback, "UPDATE public.t SET q = (q_sp_new)::integer"));
  for (const auto& s : p.steps) CHECK_FALSE(s.rewrites);

  // Used by an index: the index is rebuilt on the new column (key_column_type.cpp, its own tests).
  Catalog ai = a, bi = b;
  Index ix;
  ix.schema = "public";
  ix.name = "t_q_idx";
  ix.table = "t";
  ix.definition = "USING btree (q)";
  ix.columns = {"q"};
  ai.indexes = bi.indexes = {ix};
  Plan rebuilt = plan(ai, bi);
  CHECK(rebuilt.steps.size() > 1);
  for (const auto& s : rebuilt.steps) CHECK_FALSE(s.rewrites);
  // Used by a CHECK: stays in place, with its hazard.
  Catalog ac = a, bc = b;
  ac.tables[0].constraints.push_back(check("t_q_check", "q", "(q > 0)"));
  bc.tables[0].constraints.push_back(check("t_q_check", "q", "(q > 0)"));
  Plan in_place = plan(ac, bc);
  REQUIRE(in_place.steps.size() == 1);
  CHECK(has_hazard(in_place.steps[0], hazard::kTableRewrite));
}

TEST_CASE("phases: plain drops go to contract, online steps get a transaction each, foreign keys lock their target") {
  Catalog a = catalog({keyed("t", {col("old", "text")}), keyed("u", {})});
  Catalog b = catalog({keyed("t", {}), keyed("u", {col("t_id", "integer")})});
  b.tables[1].constraints.push_back(fk("u_t_id_fkey", "t_id", "t", "id"));
  normalize(b);
  Plan p = plan(a, b);
  REQUIRE_FALSE(p.steps.empty());
  CHECK(p.transaction_per_step);
  CHECK(p.steps.back().phase == Phase::Contract);
  CHECK(p.steps.back().action == "drop column");
  bool locked_target = false;
  for (const auto& s : p.steps)
    for (const auto& l : s.other_locks) locked_target |= l.table == "public.t" && l.level == LockLevel::ShareRowExclusive;
  CHECK(locked_target);
  Plan plain = plan(a, b, simple());
  CHECK_FALSE(plain.transaction_per_step);
  for (const auto& s : plain.steps) CHECK(s.phase == Phase::Expand);
}

TEST_CASE("rule 7: declared renames pair old and new, undeclared ones are a drop and an add") {
  Catalog a = catalog({keyed("t", {col("mail", "text")})});
  Catalog b = catalog({keyed("t", {col("email", "text")})});
  Plan undeclared = plan(a, b);
  bool hint = false;
  for (const auto& s : undeclared.steps)
    for (const auto& h : s.hazards) hint |= h.message.find("schemaplan:renamed-from mail") != std::string::npos;
  CHECK(hint);

  b.renames.push_back({ObjectId{ObjectKind::Column, "public", "email", "t", ""}, "mail", {}});
  Plan simple_plan = plan(a, b, simple());
  REQUIRE(simple_plan.steps.size() == 1);
  CHECK(simple_plan.steps[0].forward == std::vector<std::string>{"ALTER TABLE public.t RENAME COLUMN mail TO email"});
  CHECK(has_hazard(simple_plan.steps[0], hazard::kBreaksRunningCode));
  Plan online = plan(a, b);
  CHECK(summary(online) == std::vector<std::string>{"add renamed column public.t.email", "backfill column public.t.email",
                                                    "drop old column public.t.email"});
  CHECK(contains(online.steps.back().forward, "ALTER TABLE public.t DROP COLUMN mail"));
  // The hint after the migration (old name gone on both sides) says nothing.
  CHECK(plan(b, b).steps.empty());

  Catalog ta = catalog({keyed("old_t", {})});
  Catalog tb = catalog({keyed("new_t", {})});
  tb.tables[0].constraints[0].name = "old_t_pkey";
  tb.renames.push_back({ObjectId{ObjectKind::Table, "public", "new_t", "", ""}, "old_t", {}});
  Plan t = plan(ta, tb);
  REQUIRE(t.steps.size() == 1);
  CHECK(t.steps[0].forward == std::vector<std::string>{"ALTER TABLE public.old_t RENAME TO new_t"});
}

TEST_CASE("replace_identifier replaces whole identifiers outside string literals") {
  CHECK(replace_identifier("CHECK ((a > 0) AND (ab > a))", "a", "b") == "CHECK ((b > 0) AND (ab > b))");
  CHECK(replace_identifier("CHECK ((\"A\" <> 'a A'))", "\"A\"", "x") == "CHECK ((x <> 'a A'))");
  CHECK(replace_identifier("USING btree (a, lower(a))", "a", "\"B\"") == "USING btree (\"B\", lower(\"B\"))");
}
