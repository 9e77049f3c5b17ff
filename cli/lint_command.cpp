// `schemaplan lint`: turns arguments into a lint run (lint/lint.h) and prints its report.
#include <algorithm>
#include <iostream>

#include "cli/commands.h"
#include "cli/row_counts.h"
#include "cli/sources.h"
#include "emitters/emitters.h"
#include "lint/inputs.h"
#include "lint/lint.h"
#include "lint/report.h"
#include "model/diagnostic.h"
#include "model/sql_writer.h"
#include "planner/planner.h"

namespace schemaplan::cli {
namespace {

/// Rows and size of every existing table the report locks, from the database (bounded like diff's counts).
std::map<std::string, lint::TableSize> measure(const lint::Report& report, const Catalog& db, const std::string& conninfo,
                                               const CountOptions& options) {
  Plan p;
  Step counter;
  for (const auto& f : report.files)
    for (const auto& s : f.statements)
      for (const auto& e : s.effects) {
        if (e.is_new || p.table_stats.count(e.table)) continue;
        for (const auto& t : db.tables)
          if (sql::qualified(t.schema, t.name) == e.table) {
            p.table_stats[e.table] = t.stats;
            RowCount c;
            c.table = e.table;
            c.match = RowCount::Match::All;
            counter.hazards.push_back(Hazard{"rows", "", {c}});
          }
      }
  std::map<std::string, lint::TableSize> out;
  if (p.table_stats.empty()) return out;
  p.steps.push_back(counter);
  count_hazard_rows(p, conninfo, options);
  for (const auto& h : p.steps[0].hazards) {
    const RowCount& c = h.counts[0];
    out[c.table].rows = c.rows;
    out[c.table].rows_estimated = c.estimated;
  }
  for (const auto& [table, stats] : p.table_stats)
    if (stats.bytes > 0) out[table].bytes = stats.bytes;
  return out;
}

}  // namespace

int run_lint(const LintArgs& a) {
  static const char* formats[] = {"text", "markdown", "json", "github", "sarif"};
  if (std::find(std::begin(formats), std::end(formats), a.format) == std::end(formats))
    fail("usage", "unknown format '" + a.format + "' (expected text, markdown, json, github or sarif)");
  std::vector<std::string> fail_on = lint::parse_fail_on(a.fail_on);
  if (a.inputs.empty()) fail("usage", "lint needs a FILE.sql or migrations:DIR[@NAME]");
  std::optional<migrations::Layout> layout;
  if (!a.layout.empty()) layout = migrations::parse_layout(a.layout);
  const CountOptions counts{!a.no_counts, count_timeout_ms(a.count_timeout)};

  // With --db the database is the schema before the migration; its DDL (as `inspect` prints it) is the model.
  std::optional<Catalog> db;
  std::string base;
  if (!a.db.empty()) {
    if (source_kind(a.db) != SourceKind::Database) fail("usage", "--db must be a PostgreSQL URL or conninfo, got '" + a.db + "'");
    db = load_database(a.db);
    base = emit::ddl(plan(Catalog{}, *db, PlanOptions{Strategy::Simple, false}));
  }

  lint::Report report;
  report.files = lint::lint_inputs(a.inputs, base, db.has_value(), lint::InputOptions{layout, a.lock_timeout});
  if (db) report.sizes = measure(report, *db, a.db, counts);

  if (a.format == "markdown") std::cout << lint::markdown(report);
  else if (a.format == "json") std::cout << lint::json(report);
  else if (a.format == "github") std::cout << lint::github(report);
  else if (a.format == "sarif") std::cout << lint::sarif(report);
  else std::cout << lint::text(report);

  size_t failing = lint::failing_findings(report, fail_on);
  if (failing) {
    std::cerr << "error: " << failing << (failing == 1 ? " finding is an error or listed" : " findings are errors or listed")
              << " in --fail-on\n";
    return 1;
  }
  return 0;
}

}  // namespace schemaplan::cli
