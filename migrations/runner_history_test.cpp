#include "migrations/runner_history.h"

#include <doctest/doctest.h>

#include "model/diagnostic.h"
#include "model/sha256.h"

using namespace schemaplan;
using namespace schemaplan::migrations;

namespace {

MigrationDir dir(Layout layout) {
  MigrationDir d{"m", layout, {}};
  d.migrations = {Migration{"0001_a", "0001", "m/0001_a", "CREATE TABLE a (id int);\n"},
                  Migration{"0002_b", "0002", "m/0002_b", "CREATE TABLE b (id int);\n"},
                  Migration{"0003_c", "0003", "m/0003_c", "CREATE TABLE c (id int);\n"}};
  return d;
}

bool any_contains(const std::vector<std::string>& sql, const std::string& part) {
  for (const auto& s : sql)
    if (s.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("prisma history: rows for the migrations up to Y with their checksums, later ones rolled back") {
  std::vector<std::string> sql = history_statements(dir(Layout::Prisma), 2);
  REQUIRE(sql.size() == 3);  // one UPDATE, one INSERT per migration up to Y
  CHECK(sql[0].find("rolled_back_at = now()") != std::string::npos);
  CHECK(sql[0].find("migration_name IN ('0003_c')") != std::string::npos);
  CHECK(any_contains(sql, "'" + sha256_hex("CREATE TABLE a (id int);\n") + "'"));
  CHECK(any_contains(sql, "'" + sha256_hex("CREATE TABLE b (id int);\n") + "'"));
  CHECK_FALSE(any_contains(sql, "'0003_c', NULL"));
  // At the last migration nothing is later: the condition is false, not an empty IN list.
  CHECK(history_statements(dir(Layout::Prisma), 3)[0].find("IN ()") == std::string::npos);
}

TEST_CASE("golang-migrate history: one row, the version reached, none before the first") {
  std::vector<std::string> sql = history_statements(dir(Layout::GolangMigrate), 2);
  REQUIRE(sql.size() == 2);
  CHECK(sql[0] == "DELETE FROM schema_migrations");
  CHECK(sql[1] == "INSERT INTO schema_migrations (version, dirty) VALUES ('0002'::bigint, false)");
  CHECK(history_statements(dir(Layout::GolangMigrate), 0).size() == 1);
}

TEST_CASE("dbmate history: the versions up to Y, the later ones removed") {
  std::vector<std::string> sql = history_statements(dir(Layout::Dbmate), 1);
  REQUIRE(sql.size() == 2);
  CHECK(sql[0] == "DELETE FROM schema_migrations WHERE version IN ('0002', '0003')");
  CHECK(sql[1] == "INSERT INTO schema_migrations (version) VALUES ('0001') ON CONFLICT DO NOTHING");
  CHECK(history_statements(dir(Layout::Plain), 1).empty());
  CHECK(history_table(Layout::Prisma) == "_prisma_migrations");
}

TEST_CASE("flyway history: Flyway's checksum, version and description, later versions deleted") {
  // CRC-32 check value: "123456789" gives 0xCBF43926, -873187034 as a signed 32-bit integer. Flyway's checksum
  // leaves out line endings of any kind and a byte-order mark.
  CHECK(flyway_checksum("123456789") == -873187034);
  CHECK(flyway_checksum("123\r\n456\n789\n") == -873187034);
  CHECK(flyway_checksum("\xEF\xBB\xBF" "123\r456\r\n\n789") == -873187034);
  CHECK(flyway_checksum("") == 0);
  MigrationDir d{"m", Layout::Flyway, {}};
  d.migrations = {Migration{"V1_1__add_users", "1_1", "m/V1_1__add_users.sql", "CREATE TABLE u (id int);\n"},
                  Migration{"V2__more", "2", "m/V2__more.sql", "SELECT 1;\n"}};
  CHECK(flyway_version(d.migrations[0]) == "1.1");
  CHECK(flyway_description(d.migrations[0]) == "add users");
  std::vector<std::string> sql = history_statements(d, 1);
  REQUIRE(sql.size() == 2);
  CHECK(sql[0].find("version IN ('2')") != std::string::npos);
  CHECK(sql[1].find("'1.1', 'add users', 'SQL', 'V1_1__add_users.sql', " +
                    std::to_string(flyway_checksum("CREATE TABLE u (id int);\n"))) != std::string::npos);
}
