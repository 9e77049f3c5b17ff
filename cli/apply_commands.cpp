/// `apply` and `status`: argument checks and printing around apply/ (which prints nothing itself).
#include <chrono>
#include <cstdio>
#include <iostream>
#include <optional>

#include "apply/applier.h"
#include "cli/commands.h"
#include "cli/object_filter.h"
#include "cli/sources.h"
#include "emitters/emitters.h"
#include "emitters/json_writer.h"
#include "migrations/migration_dir.h"
#include "migrations/runner_history.h"
#include "model/diagnostic.h"
#include "planner/step.h"

namespace schemaplan::cli {
namespace {

/// One progress line of apply: the text as it is, or (--format json, for CI logs) an object with the time since
/// apply started, the step the line is about when it names one ("step N ..."), the text, and on the last line
/// the exit code.
std::string progress_line(const std::string& text, bool json, std::chrono::steady_clock::time_point started,
                          std::optional<int> exit_code = std::nullopt) {
  if (!json) return text;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count();
  std::string out = "{\"elapsed_ms\": " + std::to_string(ms);
  int step = 0;
  if (std::sscanf(text.c_str(), "step %d", &step) == 1) out += ", \"step\": " + std::to_string(step);
  out += ", \"message\": " + emit::json_string(text);
  if (exit_code) out += ", \"exit_code\": " + std::to_string(*exit_code);
  return out + "}";
}

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

/// `apply --to`: the plan from the database to `a.to`, made as `diff --from DB --to SOURCE` makes it, printed
/// (stdout) before anything runs; nullopt when there is nothing to do. A plan an earlier `apply --to` of the same
/// desired schema began and did not finish is resumed instead: planning again from its half-done state would
/// plan around its steps (and an expand/contract plan between its phases is such a state by design).
std::optional<apply::PlanDir> plan_to(const ApplyArgs& a, apply::ApplyOptions& o) {
  DiffArgs d = a.planning;
  d.from = a.db;
  d.to = a.to;
  CatalogPair pair;
  Plan p = plan_diff(d, pair);
  if (migrations::is_migration_source(a.to)) {
    // The runner's history table was left out of both sides (cli/object_filter.h): of the database read
    // before and after, too.
    o.scope = [](Catalog& c) { runner_bookkeeping().apply(c); };
    // The runner's history, written with the last step (migrations/runner_history.h).
    std::optional<migrations::Layout> layout;
    if (!d.layout.empty()) layout = migrations::parse_layout(d.layout);
    const auto [dir, count] = read_migration_source(a.to, layout);
    o.history = migrations::history_statements(dir, count);
    o.history_table = migrations::history_table(dir.layout);
  }
  if (p.empty()) {
    std::cerr << "no changes: the database is already at " << a.to << '\n';
    if (!o.history.empty())
      apply::record_runner_history(a.db, o, [](const std::string& line) { std::cerr << line << '\n'; });
    return std::nullopt;
  }
  if (std::optional<apply::PlanDir> earlier = apply::interrupted_plan(a.db, p.to_fingerprint)) {
    std::cout << "resuming the unfinished plan " << earlier->id.substr(0, 12) << " (" << earlier->path
              << ") that leads to the same schema\n";
    return earlier;
  }
  if (p.to_fingerprint.empty())
    fail("usage", "apply --to needs a plan it can check: --to " + a.to + " was not read back through the database");
  std::cout << "plan: " << p.steps.size() << " step" << (p.steps.size() == 1 ? "" : "s") << " to " << a.to << '\n'
            << emit::text(p) << std::flush;
  apply::PlanDir plan = apply::parse_plan_json(emit::json(p), "--to " + a.to);
  plan.path = "--to " + a.to;
  plan.up_sql_actual = plan.up_sql_sha256;  // nothing written, nothing edited
  return plan;
}

}  // namespace

int run_apply(const ApplyArgs& a) {
  check_db(a.db);
  if (a.plan.empty() == a.to.empty())
    fail("usage", "apply needs --plan DIR (a directory written by `schemaplan diff --out DIR`) or --to SOURCE (plan "
                  "and apply in one go), not both");
  if (a.down && a.plan.empty()) fail("usage", "--down undoes a plan directory's steps: it needs --plan DIR");
  if (a.retries < 0) fail("usage", "--retries expects a number of retries, 0 or more");
  if (!a.phase.empty() && a.phase != "expand" && a.phase != "backfill" && a.phase != "contract")
    fail("usage", "unknown phase '" + a.phase + "' (expected expand, backfill or contract)");
  apply::ApplyOptions o;
  o.wait = a.wait;
  o.force = a.force;
  o.allow_edited = a.allow_edited;
  o.allowed_hazards = hazard_list(a.allow_hazards);
  o.retries = a.retries;
  o.phase = a.phase;
  o.down = a.down;
  if (a.format != "text" && a.format != "json") fail("usage", "unknown format '" + a.format + "' (expected text or json)");
  const auto started = std::chrono::steady_clock::now();
  auto say = [&](const std::string& line) { std::cerr << progress_line(line, a.format == "json", started) << '\n'; };
  apply::PlanDir plan;
  if (!a.to.empty()) {
    std::optional<apply::PlanDir> planned = plan_to(a, o);
    if (!planned) return 0;
    plan = std::move(*planned);
  } else {
    plan = apply::read_plan_dir(a.plan);
    // `diff --to migrations:DIR --out` leaves the runner's history table out of both sides and their
    // fingerprints (cli/sources.cpp): the database read without it must match too.
    o.scope_also = [](Catalog& c) { runner_bookkeeping().apply(c); };
  }
  apply::ApplyOutcome out = apply::apply_plan(a.db, plan, o, say);
  std::cerr << progress_line(out.message, a.format == "json", started, out.exit_code) << '\n';
  return out.exit_code;
}

int run_status(const StatusArgs& a) {
  check_db(a.db);
  std::cout << apply::status_report(a.db);
  return 0;
}

}  // namespace schemaplan::cli
