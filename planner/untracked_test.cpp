#include <doctest/doctest.h>

#include "planner/planner.h"
#include "planner/untracked.h"

namespace schemaplan {

TEST_CASE("identifiers are matched whole and regardless of case") {
  CHECK(names_identifier("INSERT INTO audit_log VALUES (1)", "audit_log"));
  CHECK(names_identifier("insert into public.AUDIT_LOG", "audit_log"));
  CHECK_FALSE(names_identifier("insert into audit_log2", "audit_log"));
  CHECK_FALSE(names_identifier("select my_audit_log", "audit_log"));
  CHECK(names_identifier("EXECUTE format('DELETE FROM %I', 'audit_log')", "audit_log"));
}

TEST_CASE("dropping a table a PL/pgSQL body names carries the untracked-dependency hazard") {
  Table t;
  t.schema = "public";
  t.name = "audit_log";
  Function f;
  f.schema = "public";
  f.name = "log_it";
  f.language = "plpgsql";
  f.body = "BEGIN INSERT INTO audit_log VALUES (now()); RETURN NEW; END";
  Catalog a, b;
  a.tables = {t};
  a.functions = b.functions = {f};
  Plan p = plan(a, b);
  REQUIRE(p.steps.size() == 1);
  bool found = false;
  for (const auto& h : p.steps[0].hazards) found |= h.code == hazard::kUntrackedDependency;
  CHECK(found);
  // An SQL-standard body is bound to what it uses: PostgreSQL itself refuses the drop.
  b.functions[0].sql_body = true;
  a.functions = b.functions;
  Plan q = plan(a, b);
  for (const auto& h : q.steps.at(0).hazards) CHECK(h.code != hazard::kUntrackedDependency);
}

}  // namespace schemaplan
