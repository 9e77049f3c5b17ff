#include "migrations/runner_history.h"

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

}  // namespace

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
    case Layout::Flyway:
      fail("usage", "apply does not write Flyway's flyway_schema_history yet (its rows carry Flyway's own CRC32 "
                    "checksum): apply the plan, then record it with flyway");
    case Layout::Plain: return {};
  }
  return {};
}

}  // namespace schemaplan::migrations
