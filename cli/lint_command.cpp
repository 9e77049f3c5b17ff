// `schemaplan lint`: turns arguments into a lint run (lint/lint.h) and prints its report.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "migrations/migration_dir.h"
#include "cli/row_counts.h"
#include "cli/sources.h"
#include "emitters/emitters.h"
#include "lint/lint.h"
#include "lint/report.h"
#include "model/diagnostic.h"
#include "model/sql_writer.h"
#include "planner/planner.h"

namespace schemaplan::cli {
namespace {

namespace fs = std::filesystem;

/// The runner's name and how it sends a file, for the transaction checks.
std::pair<std::string, lint::RunnerTransaction> runner_of(migrations::Layout layout, migrations::Execution how) {
  const char* name = layout == migrations::Layout::Prisma          ? "Prisma Migrate"
                     : layout == migrations::Layout::GolangMigrate ? "golang-migrate"
                     : layout == migrations::Layout::Flyway        ? "Flyway"
                     : layout == migrations::Layout::Dbmate        ? "dbmate"
                                                       : "psql";
  lint::RunnerTransaction tx = how == migrations::Execution::OneQuery      ? lint::RunnerTransaction::OneQuery
                               : how == migrations::Execution::Transaction ? lint::RunnerTransaction::Wrap
                                                               : lint::RunnerTransaction::None;
  return {name, tx};
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail("io-error", "cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The migration directory a single file belongs to (a Prisma migration folder's parent, or the folder of a
/// golang-migrate/Flyway/dbmate file), read with its layout; none when the file stands alone.
std::optional<migrations::MigrationDir> directory_of(const std::string& file,
                                                     const std::optional<migrations::Layout>& layout) {
  fs::path p = fs::absolute(file).lexically_normal();
  for (fs::path dir : {p.parent_path().parent_path(), p.parent_path()}) {
    try {
      migrations::MigrationDir d = migrations::read_migration_dir(dir.string(), layout);
      for (const auto& m : d.migrations)
        if (fs::absolute(m.path).lexically_normal() == p) return d;
    } catch (const DiagnosticError&) {
    }
  }
  return std::nullopt;
}

/// The up SQL of a migration placed at its own lines of the file, so that findings point into the file: a
/// dbmate file's up section follows its `-- migrate:up` line (the other layouts' up SQL is the whole file).
std::string up_text(const migrations::Migration& m, migrations::Layout layout) {
  if (layout != migrations::Layout::Dbmate) return m.up;
  std::string file = read_file(m.path);
  size_t pos = 0, line = 0;
  while (pos < file.size()) {
    size_t eol = file.find('\n', pos);
    if (eol == std::string::npos) eol = file.size();
    ++line;
    if (file.compare(pos, 13, "-- migrate:up") == 0) return std::string(line, '\n') + m.up;
    pos = eol + 1;
  }
  return m.up;
}

std::vector<std::string> fail_on_list(const std::string& list) {
  std::vector<std::string> out;
  if (list.empty()) return out;
  std::string valid;
  for (const auto& c : lint::all_codes()) valid += (valid.empty() ? "" : ", ") + c;
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string code = list.substr(start, end - start);
    const auto& all = lint::all_codes();
    if (std::find(all.begin(), all.end(), code) == all.end())
      fail("usage", "unknown code '" + code + "' in --fail-on (valid: " + valid + ")");
    out.push_back(code);
    start = end + 1;
  }
  return out;
}

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
  std::vector<std::string> fail_on = fail_on_list(a.fail_on);
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
  for (const auto& input : a.inputs) {
    // A migration directory's earlier migrations may already be applied to --db: the database is then not
    // exactly the schema before each of them, and lint does not claim a statement fails on it.
    lint::Linter linter(base, db.has_value() && !migrations::is_migration_source(input));
    if (migrations::is_migration_source(input)) {
      // Every migration of the directory (or only @NAME), each judged against the ones before it.
      migrations::MigrationSource ms = migrations::parse_migration_source(input);
      migrations::MigrationDir dir = migrations::read_migration_dir(ms.path, layout);
      size_t through =
          ms.stop_after.empty() ? dir.migrations.size() : migrations::migrations_through(dir, ms.stop_after);
      size_t first = ms.stop_after.empty() ? 0 : through - 1;
      for (size_t i = 0; i < through; ++i) {
        const migrations::Migration& m = dir.migrations[i];
        parser::SourceFile f{m.path, up_text(m, dir.layout)};
        if (i < first) {
          if (!db) linter.add_history(f);
          continue;
        }
        auto [name, tx] = runner_of(dir.layout, m.up_execution);
        report.files.push_back(linter.lint(f, lint::LintOptions{tx, a.lock_timeout, name}));
      }
      continue;
    }
    parser::SourceFile f{input, read_file(input)};
    lint::LintOptions o{lint::RunnerTransaction::None, a.lock_timeout, "psql"};
    if (auto dir = directory_of(input, layout)) {
      const fs::path self = fs::absolute(input).lexically_normal();
      for (const auto& m : dir->migrations) {
        if (fs::absolute(m.path).lexically_normal() == self) {
          std::tie(o.runner, o.transaction) = runner_of(dir->layout, m.up_execution);
          f.text = up_text(m, dir->layout);
          break;
        }
        // Without a database, the migrations before this one are the schema it starts from.
        if (!db) linter.add_history(parser::SourceFile{m.path, m.up});
      }
    }
    report.files.push_back(linter.lint(f, o));
  }
  if (db) report.sizes = measure(report, *db, a.db, counts);

  if (a.format == "markdown") std::cout << lint::markdown(report);
  else if (a.format == "json") std::cout << lint::json(report);
  else if (a.format == "github") std::cout << lint::github(report);
  else if (a.format == "sarif") std::cout << lint::sarif(report);
  else std::cout << lint::text(report);

  size_t failing = 0;
  for (const auto& f : report.files)
    for (const auto& s : f.statements)
      for (const auto& x : s.findings) failing += lint::fails(x, fail_on);
  if (failing) {
    std::cerr << "error: " << failing << (failing == 1 ? " finding is an error or listed" : " findings are errors or listed")
              << " in --fail-on\n";
    return 1;
  }
  return 0;
}

}  // namespace schemaplan::cli
