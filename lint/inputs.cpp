#include "lint/inputs.h"

#include <algorithm>
#include <filesystem>

namespace schemaplan::lint {
namespace {

namespace fs = std::filesystem;
using migrations::Layout;

/// The runner's name and how it sends a file, for the transaction checks.
std::pair<std::string, RunnerTransaction> runner_of(Layout layout, migrations::Execution how) {
  const char* name = layout == Layout::Prisma          ? "Prisma Migrate"
                     : layout == Layout::GolangMigrate ? "golang-migrate"
                     : layout == Layout::Flyway        ? "Flyway"
                     : layout == Layout::Dbmate        ? "dbmate"
                                                       : "psql";
  RunnerTransaction tx = how == migrations::Execution::OneQuery      ? RunnerTransaction::OneQuery
                         : how == migrations::Execution::Transaction ? RunnerTransaction::Wrap
                                                                     : RunnerTransaction::None;
  return {name, tx};
}

/// The migration directory a single file belongs to (a Prisma migration folder's parent, or the folder of a
/// golang-migrate/Flyway/dbmate file), read with its layout; none when the file stands alone.
std::optional<migrations::MigrationDir> directory_of(const std::string& file, const std::optional<Layout>& layout) {
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
std::string up_text(const migrations::Migration& m, Layout layout) {
  if (layout != Layout::Dbmate) return m.up;
  std::string file = parser::read_source_file(m.path).text;
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

/// Every migration of a `migrations:DIR[@NAME]` source (or only NAME), each judged against the ones before it.
void lint_directory(const std::string& input, Linter& linter, bool have_database, const InputOptions& options,
                    std::vector<FileReport>& out) {
  migrations::MigrationSource ms = migrations::parse_migration_source(input);
  migrations::MigrationDir dir = migrations::read_migration_dir(ms.path, options.layout);
  size_t through = ms.stop_after.empty() ? dir.migrations.size() : migrations::migrations_through(dir, ms.stop_after);
  size_t first = ms.stop_after.empty() ? 0 : through - 1;
  for (size_t i = 0; i < through; ++i) {
    const migrations::Migration& m = dir.migrations[i];
    parser::SourceFile f{m.path, up_text(m, dir.layout)};
    if (i < first) {
      if (!have_database) linter.add_history(f);
      continue;
    }
    auto [name, tx] = runner_of(dir.layout, m.up_execution);
    out.push_back(linter.lint(f, LintOptions{tx, options.lock_timeout, name}));
  }
}

/// One file; inside a migration directory, with its runner's rules and (without a database) the migrations
/// before it as the schema it starts from.
FileReport lint_file(const std::string& input, Linter& linter, bool have_database, const InputOptions& options) {
  parser::SourceFile f = parser::read_source_file(input);
  LintOptions o{RunnerTransaction::None, options.lock_timeout, "psql"};
  if (auto dir = directory_of(input, options.layout)) {
    const fs::path self = fs::absolute(input).lexically_normal();
    for (const auto& m : dir->migrations) {
      if (fs::absolute(m.path).lexically_normal() == self) {
        std::tie(o.runner, o.transaction) = runner_of(dir->layout, m.up_execution);
        f.text = up_text(m, dir->layout);
        break;
      }
      if (!have_database) linter.add_history(parser::SourceFile{m.path, m.up});
    }
  }
  return linter.lint(f, o);
}

}  // namespace

std::vector<FileReport> lint_inputs(const std::vector<std::string>& inputs, const std::string& base_sql,
                                    bool have_database, const InputOptions& options) {
  std::vector<FileReport> out;
  for (const auto& input : inputs) {
    const bool directory = migrations::is_migration_source(input);
    // A migration directory's earlier migrations may already be applied to the database: the database is then
    // not exactly the schema before each of them, and lint does not claim a statement fails on it.
    Linter linter(base_sql, have_database && !directory);
    if (directory) lint_directory(input, linter, have_database, options, out);
    else out.push_back(lint_file(input, linter, have_database, options));
  }
  return out;
}

std::vector<std::string> parse_fail_on(const std::string& list) {
  std::vector<std::string> out;
  if (list.empty()) return out;
  const auto& all = all_codes();
  size_t start = 0;
  while (start <= list.size()) {
    size_t end = list.find(',', start);
    if (end == std::string::npos) end = list.size();
    std::string code = list.substr(start, end - start);
    if (std::find(all.begin(), all.end(), code) == all.end()) {
      std::string valid;
      for (const auto& c : all) valid += (valid.empty() ? "" : ", ") + c;
      fail("usage", "unknown code '" + code + "' in --fail-on (valid: " + valid + ")");
    }
    out.push_back(code);
    start = end + 1;
  }
  return out;
}

size_t failing_findings(const Report& report, const std::vector<std::string>& fail_on) {
  size_t n = 0;
  for (const auto& f : report.files)
    for (const auto& s : f.statements)
      for (const auto& x : s.findings) n += fails(x, fail_on);
  return n;
}

}  // namespace schemaplan::lint
