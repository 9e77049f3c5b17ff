#include "migrations/migration_writer.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <fstream>

#include "emitters/emitters.h"
#include "model/diagnostic.h"
#include "model/sql_writer.h"

namespace schemaplan::migrations {
namespace fs = std::filesystem;
namespace {

/// A piece of the plan that becomes one migration: either consecutive transactional steps, or one statement
/// of a step that must run outside a transaction block.
struct Chunk {
  std::vector<size_t> steps;
  bool transactional = true;
  int statement = -1;  ///< non-transactional: which forward statement
  bool last_of_step = true;  ///< non-transactional: carries the step's rollback
};

std::vector<Chunk> chunks_of(const Plan& p) {
  std::vector<Chunk> out;
  for (size_t i = 0; i < p.steps.size(); ++i) {
    const Step& s = p.steps[i];
    if (s.transactional) {
      if (out.empty() || !out.back().transactional) out.push_back(Chunk{});
      out.back().steps.push_back(i);
      continue;
    }
    for (size_t k = 0; k < s.forward.size(); ++k)
      out.push_back(Chunk{{i}, false, static_cast<int>(k), k + 1 == s.forward.size()});
  }
  return out;
}

std::string safe_name(const std::string& name) {
  std::string out;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    out += std::isalnum(u) ? static_cast<char>(std::tolower(u)) : '_';
  }
  if (out.empty() || out.find_first_not_of('_') == std::string::npos)
    fail("usage", "--name must hold letters or digits (it names the migration), got '" + name + "'");
  return out;
}

std::string step_header(const Plan& p, size_t i) { return emit::step_comment(p, i); }

/// The SQL of a chunk, forward (`up`) or back. Transactional chunks set each step's timeouts like up.sql does;
/// a statement outside a transaction stands alone: these runners send a file as one query, and a SET beside it
/// would put it in an implicit transaction block.
std::string chunk_sql(const Plan& p, const Chunk& c, bool up) {
  std::string out;
  if (!c.transactional) {
    const Step& s = p.steps[c.steps[0]];
    if (up) return step_header(p, c.steps[0]) + "-- runs outside a transaction block, alone in its file\n" +
                   s.forward[static_cast<size_t>(c.statement)] + ";\n";
    if (!c.last_of_step) return "-- undone with the next migration of this step\n";
    out = step_header(p, c.steps[0]) + "-- runs outside a transaction block, alone in its file\n";
    for (const auto& st : s.rollback) out += st + ";\n";
    return out;
  }
  std::vector<size_t> order = c.steps;
  if (!up) std::reverse(order.begin(), order.end());
  for (size_t i : order) {
    const Step& s = p.steps[i];
    out += (out.empty() ? "" : "\n") + step_header(p, i);
    if (!s.lock_timeout.empty()) out += "SET lock_timeout = " + sql::literal(s.lock_timeout) + ";\n";
    if (!s.statement_timeout.empty()) out += "SET statement_timeout = " + sql::literal(s.statement_timeout) + ";\n";
    for (const auto& st : up ? s.forward : s.rollback) out += st + ";\n";
  }
  return out;
}

/// YYYYMMDDHHMMSS `seconds` later.
std::string add_seconds(const std::string& ts, int seconds) {
  std::tm tm{};
  tm.tm_year = std::stoi(ts.substr(0, 4)) - 1900;
  tm.tm_mon = std::stoi(ts.substr(4, 2)) - 1;
  tm.tm_mday = std::stoi(ts.substr(6, 2));
  tm.tm_hour = std::stoi(ts.substr(8, 2));
  tm.tm_min = std::stoi(ts.substr(10, 2));
  tm.tm_sec = std::stoi(ts.substr(12, 2));
  std::time_t t = timegm(&tm) + seconds;
  std::tm out{};
  gmtime_r(&t, &out);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &out);
  return buf;
}

std::string checked_timestamp(const std::string& ts) {
  if (ts.empty()) {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
    return buf;
  }
  bool ok = ts.size() == 14;
  for (char c : ts) ok &= std::isdigit(static_cast<unsigned char>(c)) != 0;
  if (ok && add_seconds(ts, 0) != ts) ok = false;  // e.g. month 13
  if (!ok) fail("usage", "--timestamp expects YYYYMMDDHHMMSS (UTC), got '" + ts + "'");
  return ts;
}

/// Compares numeric version strings (no leading zeros issue: compared by value through length then text).
bool version_before(const std::string& a, const std::string& b) {
  auto strip = [](const std::string& v) { return v.substr(std::min(v.find_first_not_of('0'), v.size())); };
  std::string x = strip(a), y = strip(b);
  return x.size() != y.size() ? x.size() < y.size() : x < y;
}

/// The versions of the new migrations: timestamps one second apart for runners named by time, or the next
/// numbers (zero-padded like the existing ones) for runners numbered in sequence.
std::vector<std::string> versions(const MigrationDir& dir, Layout layout, const std::string& pinned, size_t count) {
  std::string latest;
  size_t width = 0;
  for (const auto& m : dir.migrations) {
    if (m.version.empty()) continue;
    if (latest.empty() || version_before(latest, m.version)) latest = m.version;
    width = std::max(width, m.version.size());
  }
  bool timestamps = layout == Layout::Prisma || layout == Layout::Dbmate ||
                    (latest.empty() ? !pinned.empty() : latest.size() >= 12);
  std::vector<std::string> out;
  if (timestamps) {
    std::string ts = checked_timestamp(pinned);
    // Unpinned, "now" may not sort last (a clock behind the last author's, or a split migration's later
    // parts): continue one second after the latest instead.
    if (pinned.empty() && latest.size() == 14 && !version_before(latest, ts)) ts = add_seconds(latest, 1);
    for (size_t i = 0; i < count; ++i) out.push_back(add_seconds(ts, static_cast<int>(i)));
  } else {
    if (width == 0) width = layout == Layout::GolangMigrate ? 6 : layout == Layout::Flyway ? 1 : 4;
    unsigned long long next = latest.empty() ? 1 : std::stoull(latest.substr(0, latest.find('.'))) + 1;
    for (size_t i = 0; i < count; ++i) {
      std::string v = std::to_string(next + i);
      if (v.size() < width) v.insert(0, width - v.size(), '0');
      out.push_back(v);
    }
  }
  if (!latest.empty() && !out.empty() && !version_before(latest, out[0]))
    fail("usage", "the new migration's version " + out[0] + " would not sort after the latest migration (" + latest +
                      ") of " + dir.path + (pinned.empty() ? "" : ": choose a later --timestamp"));
  return out;
}

std::string header(Layout l, const std::string& name, size_t part, size_t parts) {
  std::string out = "-- " + name + ": generated by schemaplan (" + layout_name(l) + " layout)";
  if (parts > 1) out += ", part " + std::to_string(part + 1) + " of " + std::to_string(parts);
  return out + "\n";
}

}  // namespace

std::vector<NewFile> next_migration(const MigrationDir& existing, const Plan& plan, const WriteMigrationOptions& o) {
  std::string name = safe_name(o.name);
  Layout l = o.layout;
  if (l == Layout::Plain) {
    std::string v = versions(existing, l, o.timestamp, 1)[0];
    return {{v + "_" + name + ".sql", emit::up_sql(plan)}, {v + "_" + name + ".down.sql", emit::down_sql(plan)}};
  }
  std::vector<Chunk> chunks = chunks_of(plan);
  if (chunks.empty()) chunks.push_back(Chunk{});  // an empty plan still writes one (empty) migration
  std::vector<std::string> vs = versions(existing, l, o.timestamp, chunks.size());
  std::vector<NewFile> out;
  for (size_t i = 0; i < chunks.size(); ++i) {
    const Chunk& c = chunks[i];
    std::string part_name = chunks.size() > 1 ? name + "_" + std::to_string(i + 1) : name;
    std::string head = header(l, name, i, chunks.size());
    std::string up = chunk_sql(plan, c, true), down = chunk_sql(plan, c, false);
    if (c.steps.empty()) up = down = "-- no changes\n";
    switch (l) {
      case Layout::Prisma: {
        std::string dir = vs[i] + "_" + part_name + "/";
        out.push_back({dir + "migration.sql", head + up});
        out.push_back({dir + "down.sql", head + down});
        break;
      }
      case Layout::GolangMigrate:
        out.push_back({vs[i] + "_" + part_name + ".up.sql", head + up});
        out.push_back({vs[i] + "_" + part_name + ".down.sql", head + down});
        break;
      case Layout::Flyway:
        // Flyway runs a file holding only non-transactional statements outside a transaction by itself.
        out.push_back({"V" + vs[i] + "__" + part_name + ".sql", head + up});
        out.push_back({"U" + vs[i] + "__" + part_name + ".sql", head + down});
        break;
      case Layout::Dbmate: {
        std::string opt = c.transactional ? "" : " transaction:false";
        out.push_back({vs[i] + "_" + part_name + ".sql",
                       head + "-- migrate:up" + opt + "\n" + up + "\n-- migrate:down" + opt + "\n" + down});
        break;
      }
      case Layout::Plain: break;
    }
  }
  // Prisma refuses a migrations folder without its lock file (it records the database provider).
  std::error_code ec;
  if (l == Layout::Prisma && !fs::exists(fs::path(existing.path) / "migration_lock.toml", ec))
    out.push_back({"migration_lock.toml", "# Please do not edit this file manually\n"
                                          "# It should be added in your version-control system (e.g., Git)\n"
                                          "provider = \"postgresql\"\n"});
  return out;
}

std::string split_note(const Plan& plan, Layout layout) {
  if (layout == Layout::Plain) return {};
  std::string steps;
  size_t n = 0;
  for (size_t i = 0; i < plan.steps.size(); ++i) {
    if (plan.steps[i].transactional) continue;
    if (n++ < 4) steps += std::string(steps.empty() ? "" : ", ") + std::to_string(i + 1) + " (" + plan.steps[i].action + ")";
  }
  if (n == 0) return {};
  if (n > 4) steps += ", ...";
  const char* how = layout == Layout::Flyway   ? "Flyway runs a file in one transaction unless it holds only statements that cannot run in one"
                    : layout == Layout::Dbmate ? "dbmate runs a migration in a transaction unless it says transaction:false"
                                               : "sends each migration file as one query, an implicit transaction";
  return std::string(layout == Layout::Flyway || layout == Layout::Dbmate ? "" : std::string(layout_name(layout)) + " ") +
         how + ": " + std::to_string(n) + " step" + (n == 1 ? "" : "s") +
         " that cannot run inside a transaction block got migrations of their own: step" + (n == 1 ? " " : "s ") + steps;
}

void write_new_files(const std::string& dir, const std::vector<NewFile>& files) {
  std::error_code ec;
  for (const auto& f : files)
    if (fs::exists(fs::path(dir) / f.path, ec))
      fail("io-error", "refusing to overwrite existing migration file " + (fs::path(dir) / f.path).string());
  std::vector<fs::path> created;
  auto undo = [&] {
    for (auto it = created.rbegin(); it != created.rend(); ++it) fs::remove(*it, ec);
  };
  for (const auto& f : files) {
    fs::path p = fs::path(dir) / f.path;
    // Record each folder this creates, so a failure leaves none behind.
    std::vector<fs::path> missing;
    for (fs::path d = p.parent_path(); !d.empty() && !fs::exists(d, ec); d = d.parent_path()) missing.push_back(d);
    fs::create_directories(p.parent_path(), ec);
    for (auto it = missing.rbegin(); it != missing.rend(); ++it) created.push_back(*it);
    std::ofstream out(p, std::ios::binary);
    if (out) {
      created.push_back(p);
      out << f.content;
      out.flush();
    }
    if (ec || !out) {
      undo();
      fail("io-error", "cannot write " + p.string());
    }
  }
}

}  // namespace schemaplan::migrations
