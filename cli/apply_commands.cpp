/// `apply` and `status`: argument checks and printing around apply/ (which prints nothing itself).
#include <iostream>

#include "apply/applier.h"
#include "cli/commands.h"
#include "cli/sources.h"
#include "model/diagnostic.h"
#include "planner/step.h"

namespace schemaplan::cli {
namespace {

void check_db(const std::string& db) {
  if (db.empty()) fail("usage", "--db is required (a PostgreSQL URL, conninfo or env:VAR)");
  if (source_kind(db) != SourceKind::Database)
    fail("usage", "--db must be a PostgreSQL URL or conninfo, got '" + db + "'");
}

std::set<std::string> hazard_list(const std::string& list) {
  std::set<std::string> out;
  size_t start = 0;
  while (start < list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string code = list.substr(start, end - start);
    bool known = false;
    for (const char* c : hazard::kAll) known |= code == c;
    if (!known) fail("usage", "unknown hazard '" + code + "' in --allow-hazards (see docs/hazards.md)");
    out.insert(code);
    start = end + 1;
  }
  return out;
}

}  // namespace

int run_apply(const ApplyArgs& a) {
  check_db(a.db);
  if (a.plan.empty()) fail("usage", "--plan DIR is required (a directory written by `schemaplan diff --out DIR`)");
  if (a.retries < 0) fail("usage", "--retries expects a number of retries, 0 or more");
  apply::ApplyOptions o;
  o.wait = a.wait;
  o.force = a.force;
  o.allow_edited = a.allow_edited;
  o.allowed_hazards = hazard_list(a.allow_hazards);
  o.retries = a.retries;
  apply::PlanDir plan = apply::read_plan_dir(a.plan);
  apply::ApplyOutcome out =
      apply::apply_plan(a.db, plan, o, [](const std::string& line) { std::cerr << line << '\n'; });
  std::cerr << out.message << '\n';
  return out.exit_code;
}

int run_status(const StatusArgs& a) {
  check_db(a.db);
  std::cout << apply::status_report(a.db);
  return 0;
}

}  // namespace schemaplan::cli
