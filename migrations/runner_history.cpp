#include "migrations/runner_history.h"

#include <zlib.h>

#include <algorithm>
#include <filesystem>

#include "model/diagnostic.h"
#include "model/sha256.h"
#include "model/sql_writer.h"

namespace schemaplan::migrations {
namespace {

/// `name IN (...)` over the names (or versions) of migrations [from, to); "false" for none.
std::string in_list(const std::string& column, const MigrationDir& dir, size_t from, size_t to, bool versions) {
  std::string out;
  for (size_t i = from; i < to && i < dir.migrations.size(); ++i) {
    const Migration& m = dir.migrations[i];
    out += (out.empty() ? "" : ", ") + sql::literal(versions ? m.version : m.name);
  }
  return out.empty() ? "false" : column + " IN (" + out + ")";
}

std::vector<std::string> prisma(const MigrationDir& dir, size_t count) {
  const std::string t = sql::ident("_prisma_migrations");
  std::vector<std::string> out;
  // Later migrations recorded as applied, and failed attempts of those up to Y: ignored from now on, as
  // `prisma migrate resolve --rolled-back` leaves them.
  out.push_back("UPDATE " + t + " SET rolled_back_at = now() WHERE rolled_back_at IS NULL AND (" +
                "(finished_at IS NOT NULL AND " + in_list("migration_name", dir, count, dir.migrations.size(), false) +
                ") OR (finished_at IS NULL AND " + in_list("migration_name", dir, 0, count, false) + "))");
  for (size_t i = 0; i < count && i < dir.migrations.size(); ++i) {
    const Migration& m = dir.migrations[i];
    const std::string name = sql::literal(m.name);
    out.push_back("INSERT INTO " + t +
                  " (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, "
                  "applied_steps_count) SELECT gen_random_uuid()::text, " + sql::literal(sha256_hex(m.up)) +
                  ", now(), " + name + ", NULL, NULL, now(), 1 WHERE NOT EXISTS (SELECT FROM " + t +
                  " WHERE migration_name = " + name + " AND finished_at IS NOT NULL AND rolled_back_at IS NULL)");
  }
  return out;
}

std::vector<std::string> golang_migrate(const MigrationDir& dir, size_t count) {
  std::vector<std::string> out{"DELETE FROM schema_migrations"};
  if (count > 0)
    out.push_back("INSERT INTO schema_migrations (version, dirty) VALUES (" +
                  sql::literal(dir.migrations.at(count - 1).version) + "::bigint, false)");
  return out;
}

std::vector<std::string> dbmate(const MigrationDir& dir, size_t count) {
  std::vector<std::string> out{"DELETE FROM schema_migrations WHERE " +
                               in_list("version", dir, count, dir.migrations.size(), true)};
  for (size_t i = 0; i < count && i < dir.migrations.size(); ++i)
    out.push_back("INSERT INTO schema_migrations (version) VALUES (" + sql::literal(dir.migrations[i].version) +
                  ") ON CONFLICT DO NOTHING");
  return out;
}

std::vector<std::string> flyway(const MigrationDir& dir, size_t count) {
  const std::string t = sql::ident("flyway_schema_history");
  std::vector<std::string> versions_after;
  std::vector<std::string> out;
  for (size_t i = count; i < dir.migrations.size(); ++i)
    if (!dir.migrations[i].version.empty()) versions_after.push_back(sql::literal(flyway_version(dir.migrations[i])));
  std::string up_to;
  for (size_t i = 0; i < count && i < dir.migrations.size(); ++i)
    if (!dir.migrations[i].version.empty())
      up_to += (up_to.empty() ? "" : ", ") + sql::literal(flyway_version(dir.migrations[i]));
  std::string after;
  for (const auto& v : versions_after) after += (after.empty() ? "" : ", ") + v;
  out.push_back("DELETE FROM " + t + " WHERE " + (after.empty() ? "false" : "version IN (" + after + ")") +
                " OR (NOT success AND " + (up_to.empty() ? "false" : "version IN (" + up_to + ")") + ")");
  for (size_t i = 0; i < count && i < dir.migrations.size(); ++i) {
    const Migration& m = dir.migrations[i];
    const std::string version = m.version.empty() ? "NULL" : sql::literal(flyway_version(m));
    const std::string script = sql::literal(std::filesystem::path(m.path).filename().string());
    const std::string checksum = std::to_string(flyway_checksum(m.up));
    // A repeatable migration (no version) is recorded again when its checksum changed.
    const std::string recorded = m.version.empty()
                                     ? "version IS NULL AND script = " + script + " AND checksum = " + checksum
                                     : "version = " + version;
    out.push_back("INSERT INTO " + t +
                  " (installed_rank, version, description, type, script, checksum, installed_by, installed_on, "
                  "execution_time, success) SELECT coalesce(max(installed_rank), 0) + 1, " + version + ", " +
                  sql::literal(flyway_description(m)) + ", 'SQL', " + script + ", " + checksum +
                  ", current_user, now(), 0, true FROM " + t + " HAVING NOT coalesce(bool_or(" + recorded +
                  " AND success), false)");
  }
  return out;
}

}  // namespace

std::int32_t flyway_checksum(const std::string& script) {
  std::string_view s(script);
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.remove_prefix(3);
  uLong crc = crc32(0L, Z_NULL, 0);
  auto add = [&](size_t from, size_t to) {
    crc = crc32(crc, reinterpret_cast<const Bytef*>(s.data() + from), static_cast<uInt>(to - from));
  };
  size_t i = 0;
  while (i < s.size()) {
    size_t end = s.find_first_of("\r\n", i);
    if (end == std::string_view::npos) {
      add(i, s.size());
      break;
    }
    add(i, end);
    i = end + (s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n' ? 2 : 1);
  }
  return static_cast<std::int32_t>(static_cast<std::uint32_t>(crc));
}

std::string flyway_version(const Migration& m) {
  std::string version = m.version;
  std::replace(version.begin(), version.end(), '_', '.');
  return version;
}

std::string flyway_description(const Migration& m) {
  size_t at = m.name.find("__");
  std::string description = m.name.substr(at == std::string::npos ? 0 : at + 2);
  std::replace(description.begin(), description.end(), '_', ' ');
  return description;
}

std::string history_table(Layout layout) {
  switch (layout) {
    case Layout::Prisma: return "_prisma_migrations";
    case Layout::GolangMigrate:
    case Layout::Dbmate: return "schema_migrations";
    case Layout::Flyway: return "flyway_schema_history";
    case Layout::Plain: return "";
  }
  return "";
}

std::vector<std::string> history_statements(const MigrationDir& dir, size_t count) {
  switch (dir.layout) {
    case Layout::Prisma: return prisma(dir, count);
    case Layout::GolangMigrate: return golang_migrate(dir, count);
    case Layout::Dbmate: return dbmate(dir, count);
    case Layout::Flyway: return flyway(dir, count);
    case Layout::Plain: return {};
  }
  return {};
}

}  // namespace schemaplan::migrations
