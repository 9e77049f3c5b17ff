#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "migrations/migration_dir.h"
#include "migrations/migration_writer.h"
#include "migrations/sql_split.h"
#include "model/diagnostic.h"

using namespace schemaplan;
using namespace schemaplan::migrations;
namespace fs = std::filesystem;

namespace {

/// A fresh folder under the system temp dir, removed at the end of the test.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name) : path(fs::temp_directory_path() / ("sp_migrations_test_" + name)) {
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((path / rel).parent_path());
    std::ofstream(path / rel) << text;
  }
  std::string str() const { return path.string(); }
};

std::vector<std::string> names(const MigrationDir& d) {
  std::vector<std::string> out;
  for (const auto& m : d.migrations) out.push_back(m.name);
  return out;
}

Step step(const std::string& name, std::vector<std::string> fwd, std::vector<std::string> back, bool tx = true) {
  Step s;
  s.action = "create table";
  s.target = {ObjectKind::Table, "public", name, "", ""};
  s.forward = std::move(fwd);
  s.rollback = std::move(back);
  s.transactional = tx;
  return s;
}

}  // namespace

TEST_CASE("sql split: quotes, dollar quotes, comments and meta-commands") {
  auto st = split_sql("-- head\nCREATE TABLE a (x text DEFAULT ';');\n\\restrict abc\n"
                      "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
                      "/* a ; comment */ SELECT E'it\\'s;' ; ;\nSELECT \"a;b\"");
  REQUIRE(st.size() == 4);
  CHECK(st[0].text == "CREATE TABLE a (x text DEFAULT ';')");
  CHECK(st[0].line == 2);
  CHECK(st[1].text.find("$body$ SELECT 1; $body$") != std::string::npos);
  CHECK(st[1].line == 4);
  CHECK(st[2].text == "SELECT E'it\\'s;'");
  CHECK(st[3].text == "SELECT \"a;b\"");
  CHECK(st[3].line == 6);
}

TEST_CASE("layouts are recognised and listed in the runner's order") {
  SUBCASE("prisma") {
    TempDir d("prisma");
    d.write("migration_lock.toml", "provider = \"postgresql\"\n");
    d.write("20250102000000_b/migration.sql", "CREATE TABLE b ();");
    d.write("20250101000000_a/migration.sql", "CREATE TABLE a ();");
    d.write("20250101000000_a/down.sql", "DROP TABLE a;");
    MigrationDir m = read_migration_dir(d.str());
    CHECK(m.layout == Layout::Prisma);
    CHECK(names(m) == std::vector<std::string>{"20250101000000_a", "20250102000000_b"});
    CHECK(m.migrations[0].down == std::optional<std::string>("DROP TABLE a;"));
    CHECK_FALSE(m.migrations[1].down);
    CHECK(migrations_through(m, "20250101000000_a") == 1);
    CHECK(migrations_through(m, "20250102000000") == 2);
    CHECK_THROWS_AS(migrations_through(m, "nope"), DiagnosticError);
  }
  SUBCASE("golang-migrate orders versions as numbers") {
    TempDir d("golang");
    d.write("10_c.up.sql", "c");
    d.write("9_b.up.sql", "b");
    d.write("9_b.down.sql", "undo b");
    d.write("1_a.up.sql", "a");
    MigrationDir m = read_migration_dir(d.str());
    CHECK(m.layout == Layout::GolangMigrate);
    CHECK(names(m) == std::vector<std::string>{"1_a", "9_b", "10_c"});
    CHECK(m.migrations[1].down == std::optional<std::string>("undo b"));
    CHECK(m.migrations[0].up_execution == Execution::OneQuery);
  }
  SUBCASE("flyway: dotted versions, undo files, repeatables last, non-transactional files") {
    TempDir d("flyway");
    d.write("V1.10__later.sql", "CREATE INDEX CONCURRENTLY i ON t (a);");
    d.write("V1.9__earlier.sql", "CREATE TABLE t (a int);");
    d.write("U1.9__earlier.sql", "DROP TABLE t;");
    d.write("R__views.sql", "SELECT 1;");
    MigrationDir m = read_migration_dir(d.str());
    CHECK(m.layout == Layout::Flyway);
    CHECK(names(m) == std::vector<std::string>{"V1.9__earlier", "V1.10__later", "R__views"});
    CHECK(m.migrations[0].up_execution == Execution::Transaction);
    CHECK(m.migrations[0].down == std::optional<std::string>("DROP TABLE t;"));
    CHECK(m.migrations[1].up_execution == Execution::EachStatement);
  }
  SUBCASE("dbmate sections and transaction:false") {
    TempDir d("dbmate");
    d.write("20250101000000_a.sql", "-- migrate:up\nCREATE TABLE a ();\n-- migrate:down\nDROP TABLE a;\n");
    d.write("20250102000000_b.sql", "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON a ();\n");
    MigrationDir m = read_migration_dir(d.str());
    CHECK(m.layout == Layout::Dbmate);
    CHECK(m.migrations[0].up == "CREATE TABLE a ();\n");
    CHECK(m.migrations[0].down == std::optional<std::string>("DROP TABLE a;\n"));
    CHECK(m.migrations[0].up_execution == Execution::Transaction);
    CHECK(m.migrations[1].up_execution == Execution::OneQuery);
    CHECK_FALSE(m.migrations[1].down);
    CHECK_THROWS_AS(split_dbmate("-- migrate:up transaction:maybe\n", "x.sql"), DiagnosticError);
    CHECK_THROWS_AS(split_dbmate("CREATE TABLE a ();\n", "x.sql"), DiagnosticError);
  }
  SUBCASE("plain numbered files; .down.sql beside them") {
    TempDir d("plain");
    d.write("002_b.sql", "b");
    d.write("001_a.sql", "a");
    d.write("001_a.down.sql", "undo a");
    d.write("README.md", "notes");
    MigrationDir m = read_migration_dir(d.str());
    CHECK(m.layout == Layout::Plain);
    REQUIRE(names(m) == std::vector<std::string>{"001_a", "002_b"});
    CHECK(m.migrations[0].up_execution == Execution::EachStatement);
  }
  SUBCASE("unrecognisable folders are errors; --layout overrides") {
    TempDir d("unknown");
    d.write("schema.sql", "CREATE TABLE a ();");
    CHECK_THROWS_AS(detect_layout(d.str()), DiagnosticError);
    CHECK_THROWS_AS(read_migration_dir(d.str() + "/missing"), DiagnosticError);
    CHECK_THROWS_AS(parse_layout("liquibase"), DiagnosticError);
  }
}

TEST_CASE("migration sources") {
  CHECK(is_migration_source("migrations:prisma/migrations"));
  CHECK_FALSE(is_migration_source("prisma/migrations"));
  auto s = parse_migration_source("migrations:prisma/migrations@20250814193823_add_audit");
  CHECK(s.path == "prisma/migrations");
  CHECK(s.stop_after == "20250814193823_add_audit");
  CHECK(parse_migration_source("migrations:a@b/dir").path == "a@b/dir");
}

TEST_CASE("the next migration follows the runner's naming and splits non-transactional steps") {
  Plan p;
  p.steps = {step("a", {"CREATE TABLE a ()"}, {"DROP TABLE a"}),
             step("i", {"CREATE INDEX CONCURRENTLY i ON a ()"}, {"DROP INDEX CONCURRENTLY i"}, false),
             step("b", {"CREATE TABLE b ()"}, {"DROP TABLE b"})};
  MigrationDir empty;
  SUBCASE("prisma: timestamped folders one second apart, migration.sql and down.sql") {
    auto f = next_migration(empty, p, {Layout::Prisma, "Add Things", "20251231235959"});
    REQUIRE(f.size() == 7);
    CHECK(f[6].path == "migration_lock.toml");
    CHECK(f[0].path == "20251231235959_add_things_1/migration.sql");
    CHECK(f[1].path == "20251231235959_add_things_1/down.sql");
    CHECK(f[2].path == "20260101000000_add_things_2/migration.sql");
    CHECK(f[2].content.find("CREATE INDEX CONCURRENTLY i ON a ();") != std::string::npos);
    CHECK(f[2].content.find("SET ") == std::string::npos);
    CHECK(f[3].content.find("DROP INDEX CONCURRENTLY i;") != std::string::npos);
    CHECK(f[4].path == "20260101000001_add_things_3/migration.sql");
  }
  SUBCASE("golang-migrate: the next sequence number, zero-padded like the others") {
    MigrationDir d{"x", Layout::GolangMigrate, {}};
    d.migrations.push_back(Migration{"000007_old", "000007", "", "", {}});
    auto f = next_migration(d, p, {Layout::GolangMigrate, "x", ""});
    CHECK(f[0].path == "000008_x_1.up.sql");
    CHECK(f[1].path == "000008_x_1.down.sql");
    CHECK(f[5].path == "000010_x_3.down.sql");
  }
  SUBCASE("flyway: V and U files") {
    auto f = next_migration(empty, p, {Layout::Flyway, "x", ""});
    CHECK(f[0].path == "V1__x_1.sql");
    CHECK(f[1].path == "U1__x_1.sql");
  }
  SUBCASE("dbmate: one file with both sections, transaction:false where needed") {
    auto f = next_migration(empty, p, {Layout::Dbmate, "x", "20250101000000"});
    REQUIRE(f.size() == 3);
    CHECK(f[1].path == "20250101000001_x_2.sql");
    CHECK(f[1].content.find("-- migrate:up transaction:false\n") != std::string::npos);
    CHECK(f[1].content.find("-- migrate:down transaction:false\n") != std::string::npos);
    DbmateSections s = split_dbmate(f[0].content, "x");
    CHECK(s.up.find("CREATE TABLE a ();") != std::string::npos);
    CHECK(s.down.find("DROP TABLE a;") != std::string::npos);
  }
  SUBCASE("plain: one file for psql, with its down beside it") {
    auto f = next_migration(empty, p, {Layout::Plain, "x", ""});
    REQUIRE(f.size() == 2);
    CHECK(f[0].path == "0001_x.sql");
    CHECK(f[1].path == "0001_x.down.sql");
    CHECK(f[0].content.find("BEGIN;") != std::string::npos);
  }
  SUBCASE("a pinned timestamp before the latest migration is refused; bad names and timestamps too") {
    MigrationDir d{"x", Layout::Prisma, {}};
    d.migrations.push_back(Migration{"20300101000000_late", "20300101000000", "", "", {}});
    CHECK_THROWS_AS(next_migration(d, p, {Layout::Prisma, "x", "20250101000000"}), DiagnosticError);
    CHECK_THROWS_AS(next_migration(empty, p, {Layout::Prisma, "x", "20251301000000"}), DiagnosticError);
    CHECK_THROWS_AS(next_migration(empty, p, {Layout::Prisma, "--", "20250101000000"}), DiagnosticError);
  }
}
