#include "cli/commands.h"

#include <cctype>
#include <iostream>
#include <set>

#include "cli/output.h"
#include "cli/sources.h"
#include "emitters/emitters.h"
#include "model/diagnostic.h"
#include "planner/planner.h"

namespace schemaplan::cli {
namespace {

void print_warnings(const Plan& p) {
  for (const auto& w : p.warnings) std::cerr << "warning: " << w << '\n';
}

/// A duration as PostgreSQL's timeout settings take it: a number with an optional unit (us, ms, s, min, h, d;
/// none means milliseconds), e.g. `5s`, `500ms`, `0` (no limit). Checked here so a typo is a usage error, not a
/// failure halfway through up.sql.
std::string duration(const std::string& option, const std::string& text) {
  size_t i = 0;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  std::string unit = text.substr(i);
  static const std::set<std::string> units{"", "us", "ms", "s", "min", "h", "d"};
  if (i == 0 || !units.count(unit))
    fail("usage", option + " expects a duration such as 5s, 500ms, 2min or 0 (no limit), got '" + text + "'");
  return text;
}

PlanOptions plan_options(const DiffArgs& a) {
  PlanOptions o;
  if (a.strategy == "simple") o.strategy = Strategy::Simple;
  else if (a.strategy == "online") o.strategy = Strategy::Online;
  else fail("usage", "unknown strategy '" + a.strategy + "' (expected online or simple)");
  o.concurrently = !a.no_concurrently;
  o.lock_timeout = duration("--lock-timeout", a.lock_timeout);
  o.statement_timeout = duration("--statement-timeout", a.statement_timeout);
  if (a.batch_size <= 0) fail("usage", "--batch-size expects a positive number of rows");
  o.batch_size = a.batch_size;
  return o;
}

/// The hazard codes of `--fail-on a,b`; an unknown code is a usage error listing the valid ones.
std::set<std::string> fail_on_codes(const std::string& list) {
  std::set<std::string> out;
  if (list.empty()) return out;
  std::string valid;
  for (const char* c : hazard::kAll) valid += std::string(valid.empty() ? "" : ", ") + c;
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string code = list.substr(start, end - start);
    bool known = false;
    for (const char* c : hazard::kAll) known |= code == c;
    if (!known) fail("usage", "unknown hazard '" + code + "' in --fail-on (valid: " + valid + ")");
    out.insert(code);
    start = end + 1;
  }
  return out;
}

/// The steps holding a hazard of `codes`, one line each, for stderr.
std::string hazard_violations(const Plan& p, const std::set<std::string>& codes) {
  std::string out;
  for (size_t i = 0; i < p.steps.size(); ++i)
    for (const auto& h : p.steps[i].hazards)
      if (codes.count(h.code))
        out += "  step " + std::to_string(i + 1) + " (" + p.steps[i].action + " " + p.steps[i].target.sql_name() +
               "): " + h.code + ": " + h.message + "\n";
  return out;
}

/// A one-line-per-step listing for terminals and CI logs.
std::string text_listing(const Plan& p) {
  std::string out;
  for (size_t i = 0; i < p.steps.size(); ++i) {
    const Step& s = p.steps[i];
    char mark = s.change == ChangeKind::Create ? '+' : s.change == ChangeKind::Drop ? '-' : '~';
    out += std::string(1, mark) + " " + s.action + " " + s.target.sql_name();
    for (const auto& h : s.hazards) out += "  [" + h.code + "]";
    out += '\n';
  }
  return out;
}

/// The steps of one phase (`--phase`), in plan order: a runner applies expand, deploys, then contract.
Plan only_phase(const Plan& p, const std::string& name) {
  bool known = false;
  for (Phase ph : {Phase::Expand, Phase::Backfill, Phase::Contract}) known |= name == phase_name(ph);
  if (!known) fail("usage", "unknown phase '" + name + "' (expected expand, backfill or contract)");
  Plan out = p;
  out.steps.clear();
  for (const auto& s : p.steps)
    if (name == phase_name(s.phase)) out.steps.push_back(s);
  return out;
}

}  // namespace

int run_diff(const DiffArgs& a) {
  if (a.format != "sql" && a.format != "markdown" && a.format != "json")
    fail("usage", "unknown format '" + a.format + "' (expected sql, markdown or json)");
  PlanOptions opts = plan_options(a);
  std::set<std::string> fail_on = fail_on_codes(a.fail_on);
  CatalogPair pair = load_pair(a.from, a.to, LoadOptions{a.dev_db});
  Plan p = plan(pair.from, pair.to, opts);
  print_warnings(p);
  if (!a.phase.empty()) p = only_phase(p, a.phase);
  if (!a.out.empty()) {
    write_files_atomically(a.out, {{"up.sql", emit::up_sql(p)},
                                   {"down.sql", emit::down_sql(p)},
                                   {"plan.md", emit::markdown(p)},
                                   {"plan.json", emit::json(p)}});
  } else if (a.format == "sql") {
    std::cout << emit::up_sql(p);
  } else if (a.format == "markdown") {
    std::cout << emit::markdown(p);
  } else {
    std::cout << emit::json(p);
  }
  if (p.empty()) std::cerr << "no changes\n";
  else if (!a.out.empty()) std::cerr << p.steps.size() << " steps written to " << a.out << "/{up.sql,down.sql,plan.md,plan.json}\n";
  // The files are written first: a CI job that refuses the plan still shows it.
  if (std::string v = hazard_violations(p, fail_on); !v.empty()) {
    std::cerr << "error: the plan holds hazards listed in --fail-on:\n" << v;
    return 1;
  }
  return a.exit_code && !p.empty() ? 1 : 0;
}

int run_drift(const DriftArgs& a) {
  if (a.format != "text" && a.format != "markdown" && a.format != "json")
    fail("usage", "unknown format '" + a.format + "' (expected text, markdown or json)");
  if (source_kind(a.db) != SourceKind::Database) fail("usage", "--db must be a PostgreSQL URL or conninfo, got '" + a.db + "'");
  // The plan takes the database to the schema: its steps are exactly the drift.
  CatalogPair pair = load_pair(a.db, a.schema, LoadOptions{a.dev_db});
  Plan p = plan(pair.from, pair.to, PlanOptions{Strategy::Simple, false});
  print_warnings(p);
  if (a.format == "json") std::cout << emit::json(p);
  else if (a.format == "markdown") std::cout << emit::markdown(p);
  else if (p.empty()) std::cout << "no drift: the database matches " << a.schema << '\n';
  else std::cout << "drift: the database differs from " << a.schema << " (" << p.steps.size() << " changes to match it)\n" << text_listing(p);
  return p.empty() ? 0 : 1;
}

int run_inspect(const InspectArgs& a) {
  if (source_kind(a.db) != SourceKind::Database) fail("usage", "--db must be a PostgreSQL URL or conninfo, got '" + a.db + "'");
  Catalog c = load_database(a.db);
  Plan p = plan(Catalog{}, c, PlanOptions{Strategy::Simple, false});
  print_warnings(p);
  std::cout << "-- schema of the database, as loadable DDL, generated by schemaplan\n\n" << emit::ddl(p);
  return 0;
}

}  // namespace schemaplan::cli
