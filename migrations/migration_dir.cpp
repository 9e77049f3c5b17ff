#include "migrations/migration_dir.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <sstream>

#include "migrations/sql_split.h"
#include "model/diagnostic.h"
#include "model/transaction_rules.h"
#include "parser/parser.h"

namespace schemaplan::migrations {
namespace fs = std::filesystem;
namespace {

constexpr const char* kPrefix = "migrations:";

std::string read_file(const fs::path& p) { return parser::read_source_file(p.string()).text; }

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

/// Length of the run of digits at the start of `s`.
size_t digits(const std::string& s, size_t from = 0) {
  size_t i = from;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  return i - from;
}

/// Orders version strings numerically part by part ("2.10" after "2.9", "10" after "9"), the way golang-migrate
/// (an integer) and Flyway (dotted parts) compare them.
bool version_less(const std::string& a, const std::string& b) {
  auto parts = [](const std::string& v) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : v) {
      if (c == '.' || c == '_') {
        out.push_back(cur);
        cur.clear();
      } else {
        cur += c;
      }
    }
    out.push_back(cur);
    for (auto& p : out) {
      p.erase(0, std::min(p.find_first_not_of('0'), p.size()));
    }
    return out;
  };
  auto pa = parts(a), pb = parts(b);
  for (size_t i = 0; i < std::max(pa.size(), pb.size()); ++i) {
    std::string x = i < pa.size() ? pa[i] : "", y = i < pb.size() ? pb[i] : "";
    if (x.size() != y.size()) return x.size() < y.size();
    if (x != y) return x < y;
  }
  return false;
}

std::vector<fs::path> entries(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) out.push_back(e.path());
  if (ec) fail("io-error", "cannot read migration directory " + dir.string() + ": " + ec.message());
  std::sort(out.begin(), out.end());
  return out;
}

/// Flyway runs a file in one transaction unless it holds a statement PostgreSQL refuses in one.
Execution flyway_execution(const std::string& sql) {
  for (const auto& st : split_sql(sql))
    if (sql::is_non_transactional(st.text)) return Execution::EachStatement;
  return Execution::Transaction;
}

void read_prisma(const fs::path& dir, MigrationDir& out) {
  for (const auto& p : entries(dir)) {
    if (!fs::is_directory(p) || !fs::exists(p / "migration.sql")) continue;
    Migration m;
    m.name = p.filename().string();
    m.version = m.name.substr(0, digits(m.name));
    m.path = (p / "migration.sql").string();
    m.up = read_file(p / "migration.sql");
    if (fs::exists(p / "down.sql")) m.down = read_file(p / "down.sql");
    out.migrations.push_back(std::move(m));
  }
  // Prisma applies migrations in the order of their folder names.
  std::sort(out.migrations.begin(), out.migrations.end(),
            [](const Migration& a, const Migration& b) { return a.name < b.name; });
}

void read_golang_migrate(const fs::path& dir, MigrationDir& out) {
  for (const auto& p : entries(dir)) {
    std::string f = p.filename().string();
    size_t n = digits(f);
    if (n == 0 || f[n] != '_' || !ends_with(f, ".up.sql")) continue;
    Migration m;
    m.name = f.substr(0, f.size() - 7);
    m.version = f.substr(0, n);
    m.path = p.string();
    m.up = read_file(p);
    fs::path down = dir / (m.name + ".down.sql");
    if (fs::exists(down)) m.down = read_file(down);
    out.migrations.push_back(std::move(m));
  }
  std::stable_sort(out.migrations.begin(), out.migrations.end(),
                   [](const Migration& a, const Migration& b) { return version_less(a.version, b.version); });
}

void read_flyway(const fs::path& dir, MigrationDir& out) {
  std::vector<Migration> repeatable;
  for (const auto& p : entries(dir)) {
    std::string f = p.filename().string();
    if (!ends_with(f, ".sql")) continue;
    size_t sep = f.find("__");
    if (sep == std::string::npos) continue;
    Migration m;
    m.name = f.substr(0, f.size() - 4);
    m.path = p.string();
    if (f[0] == 'V') {
      m.version = f.substr(1, sep - 1);
    } else if (f[0] != 'R') {
      continue;  // U (undo) files are read with their V file
    }
    m.up = read_file(p);
    m.up_execution = flyway_execution(m.up);
    if (f[0] == 'V') {
      fs::path undo = dir / ("U" + f.substr(1));
      if (fs::exists(undo)) {
        m.down = read_file(undo);
        m.down_execution = flyway_execution(*m.down);
      }
      out.migrations.push_back(std::move(m));
    } else {
      repeatable.push_back(std::move(m));
    }
  }
  std::stable_sort(out.migrations.begin(), out.migrations.end(),
                   [](const Migration& a, const Migration& b) { return version_less(a.version, b.version); });
  // Repeatable migrations run after every versioned one, in the order of their descriptions.
  for (auto& m : repeatable) out.migrations.push_back(std::move(m));
}

void read_dbmate(const fs::path& dir, MigrationDir& out) {
  for (const auto& p : entries(dir)) {
    std::string f = p.filename().string();
    size_t n = digits(f);
    if (n == 0 || !ends_with(f, ".sql")) continue;
    Migration m;
    m.name = f.substr(0, f.size() - 4);
    m.version = f.substr(0, n);
    m.path = p.string();
    DbmateSections s = split_dbmate(read_file(p), m.path);
    m.up = s.up;
    m.up_execution = s.up_transaction ? Execution::Transaction : Execution::OneQuery;
    if (s.has_down) m.down = s.down;
    m.down_execution = s.down_transaction ? Execution::Transaction : Execution::OneQuery;
    out.migrations.push_back(std::move(m));
  }
  std::stable_sort(out.migrations.begin(), out.migrations.end(),
                   [](const Migration& a, const Migration& b) { return version_less(a.version, b.version); });
}

void read_plain(const fs::path& dir, MigrationDir& out) {
  for (const auto& p : entries(dir)) {
    std::string f = p.filename().string();
    size_t n = digits(f);
    if (n == 0 || !ends_with(f, ".sql") || ends_with(f, ".down.sql")) continue;
    Migration m;
    m.name = f.substr(0, f.size() - 4);
    m.version = f.substr(0, n);
    m.path = p.string();
    m.up = read_file(p);
    m.up_execution = m.down_execution = Execution::EachStatement;
    fs::path down = dir / (m.name + ".down.sql");
    if (fs::exists(down)) m.down = read_file(down);
    out.migrations.push_back(std::move(m));
  }
  std::stable_sort(out.migrations.begin(), out.migrations.end(),
                   [](const Migration& a, const Migration& b) { return version_less(a.version, b.version); });
}

}  // namespace

const char* layout_name(Layout l) {
  switch (l) {
    case Layout::Prisma: return "prisma";
    case Layout::GolangMigrate: return "golang-migrate";
    case Layout::Flyway: return "flyway";
    case Layout::Dbmate: return "dbmate";
    case Layout::Plain: return "plain";
  }
  return "plain";
}

Layout parse_layout(const std::string& name) {
  for (Layout l : {Layout::Prisma, Layout::GolangMigrate, Layout::Flyway, Layout::Dbmate, Layout::Plain})
    if (name == layout_name(l)) return l;
  fail("usage", "unknown migration layout '" + name + "' (expected prisma, golang-migrate, flyway, dbmate or plain)");
}

Layout detect_layout(const std::string& path) {
  fs::path dir(path);
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) fail("io-error", "migration directory " + path + " does not exist or is not a directory");
  if (fs::exists(dir / "migration_lock.toml")) return Layout::Prisma;
  bool any_sql = false, numbered = false, dbmate = false;
  for (const auto& p : entries(dir)) {
    std::string f = p.filename().string();
    if (fs::is_directory(p) && fs::exists(p / "migration.sql")) return Layout::Prisma;
    if (!ends_with(f, ".sql")) continue;
    any_sql = true;
    size_t n = digits(f);
    if (n > 0 && f[n] == '_' && ends_with(f, ".up.sql")) return Layout::GolangMigrate;
    if ((f[0] == 'V' || f[0] == 'R' || f[0] == 'U') && f.find("__") != std::string::npos &&
        (f[0] == 'R' || digits(f, 1) > 0))
      return Layout::Flyway;
    if (n > 0) {
      numbered = true;
      if (read_file(p).find("-- migrate:up") != std::string::npos) dbmate = true;
    }
  }
  if (dbmate) return Layout::Dbmate;
  if (numbered) return Layout::Plain;
  fail("migration-error", "cannot tell the migration layout of " + path +
                              (any_sql ? ": its .sql files are not numbered" : ": it holds no migrations") +
                              " (looked for Prisma <timestamp>_<name>/migration.sql, golang-migrate "
                              "<version>_<name>.up.sql, Flyway V<version>__<name>.sql, dbmate -- migrate:up "
                              "sections, numbered .sql files); use --layout to say which");
}

MigrationDir read_migration_dir(const std::string& path, std::optional<Layout> layout) {
  MigrationDir out;
  out.path = path;
  out.layout = layout ? *layout : detect_layout(path);
  std::error_code ec;
  if (!fs::is_directory(path, ec)) fail("io-error", "migration directory " + path + " does not exist or is not a directory");
  fs::path dir(path);
  switch (out.layout) {
    case Layout::Prisma: read_prisma(dir, out); break;
    case Layout::GolangMigrate: read_golang_migrate(dir, out); break;
    case Layout::Flyway: read_flyway(dir, out); break;
    case Layout::Dbmate: read_dbmate(dir, out); break;
    case Layout::Plain: read_plain(dir, out); break;
  }
  // SQL files but no migration among them: the layout is wrong, not the history empty.
  if (out.migrations.empty()) {
    for (const auto& e : fs::recursive_directory_iterator(dir, ec))
      if (e.path().extension() == ".sql")
        fail("migration-error", path + " holds .sql files but no " + layout_name(out.layout) + " migration (e.g. " +
                                    e.path().filename().string() + "); check --layout");
  }
  return out;
}

size_t migrations_through(const MigrationDir& dir, const std::string& name) {
  for (size_t i = 0; i < dir.migrations.size(); ++i)
    if (dir.migrations[i].name == name) return i + 1;
  for (size_t i = 0; i < dir.migrations.size(); ++i)
    if (!dir.migrations[i].version.empty() && dir.migrations[i].version == name) return i + 1;
  std::string known;
  for (size_t i = dir.migrations.size() > 5 ? dir.migrations.size() - 5 : 0; i < dir.migrations.size(); ++i)
    known += (known.empty() ? "" : ", ") + dir.migrations[i].name;
  fail("migration-error", "no migration named '" + name + "' in " + dir.path + " (" + layout_name(dir.layout) +
                              " layout" + (known.empty() ? ", no migrations" : "; latest: " + known) + ")");
}

bool is_migration_source(const std::string& source) { return starts_with(source, kPrefix); }

MigrationSource parse_migration_source(const std::string& source) {
  std::string rest = source.substr(std::string(kPrefix).size());
  MigrationSource out;
  // '@' after the last '/' separates the migration name; one inside a folder name stays part of the path.
  size_t slash = rest.find_last_of('/');
  size_t at = rest.find('@', slash == std::string::npos ? 0 : slash);
  if (at != std::string::npos) {
    out.stop_after = rest.substr(at + 1);
    rest = rest.substr(0, at);
  }
  if (rest.empty()) fail("usage", "'" + source + "' names no directory (expected migrations:PATH or migrations:PATH@NAME)");
  out.path = rest;
  return out;
}

DbmateSections split_dbmate(const std::string& text, const std::string& path) {
  DbmateSections out;
  std::istringstream in(text);
  std::string line;
  enum { None, Up, Down } section = None;
  bool seen_up = false;
  int n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (starts_with(line, "-- migrate:up") || starts_with(line, "-- migrate:down")) {
      bool up = starts_with(line, "-- migrate:up");
      std::string options = line.substr(up ? 13 : 15);
      for (std::istringstream words(options); words >> options;) {
        if (options == "transaction:false") (up ? out.up_transaction : out.down_transaction) = false;
        else if (options != "transaction:true")
          fail("migration-error", "unknown dbmate option '" + options + "'", SourceSpan{path, n, 1}, text);
      }
      section = up ? Up : Down;
      seen_up |= up;
      out.has_down |= !up;
      continue;
    }
    if (section == Up) out.up += line + "\n";
    else if (section == Down) out.down += line + "\n";
  }
  if (!seen_up) fail("migration-error", "dbmate migration " + path + " has no '-- migrate:up' section", SourceSpan{path, 1, 1}, text);
  return out;
}


}  // namespace schemaplan::migrations
