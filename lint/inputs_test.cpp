#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "lint/inputs.h"

using namespace schemaplan;
namespace fs = std::filesystem;

namespace {

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p) << text;
}

/// A Prisma migration directory: a table, then an index on it (a file of one statement: Prisma sends it alone).
fs::path prisma_dir() {
  fs::path root = fs::temp_directory_path() / ("sp_lint_inputs_" + std::to_string(::getpid()));
  fs::remove_all(root);
  write(root / "migrations/migration_lock.toml", "provider = \"postgresql\"\n");
  write(root / "migrations/20250101000000_init/migration.sql", "CREATE TABLE \"User\" (id integer PRIMARY KEY, name text);\n");
  write(root / "migrations/20250102000000_index/migration.sql", "CREATE INDEX \"User_name_idx\" ON \"User\" (name);\n");
  return root;
}

}  // namespace

TEST_CASE("lint inputs: a file of a migration directory is judged after the migrations before it") {
  fs::path root = prisma_dir();
  auto files = lint::lint_inputs({(root / "migrations/20250102000000_index/migration.sql").string()}, "", false, {});
  REQUIRE(files.size() == 1);
  REQUIRE(files[0].statements.size() == 1);
  const auto& s = files[0].statements[0];
  // The table comes from the first migration: it exists, so the index build blocks its writes.
  REQUIRE(s.effects.size() == 1);
  CHECK(s.effects[0].table == "public.\"User\"");
  CHECK_FALSE(s.effects[0].is_new);
  CHECK(s.safe_form.find("CREATE INDEX CONCURRENTLY") != std::string::npos);
  fs::remove_all(root);
}

TEST_CASE("lint inputs: migrations:DIR lints every migration, @NAME only that one") {
  fs::path root = prisma_dir();
  auto all = lint::lint_inputs({"migrations:" + (root / "migrations").string()}, "", false, {});
  CHECK(all.size() == 2);
  auto one = lint::lint_inputs({"migrations:" + (root / "migrations").string() + "@20250102000000_index"}, "", false, {});
  REQUIRE(one.size() == 1);
  CHECK(one[0].path.find("20250102000000_index") != std::string::npos);
  fs::remove_all(root);
}

TEST_CASE("lint inputs: --fail-on codes are checked, findings counted") {
  CHECK(lint::parse_fail_on("").empty());
  CHECK(lint::parse_fail_on("index-build,table-rewrite") == std::vector<std::string>{"index-build", "table-rewrite"});
  CHECK_THROWS_AS(lint::parse_fail_on("index-build,no-such-code"), schemaplan::DiagnosticError);

  fs::path root = prisma_dir();
  lint::Report r;
  r.files = lint::lint_inputs({(root / "migrations/20250102000000_index/migration.sql").string()}, "", false, {});
  CHECK(lint::failing_findings(r, {}) == 0);
  CHECK(lint::failing_findings(r, {"index-build"}) == 1);
  fs::remove_all(root);
}
