#include "apply/plan_dir.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "emitters/emitters.h"
#include "model/diagnostic.h"

using namespace schemaplan;

namespace {

// The reader is tested on what the JSON emitter writes (a test-only link to emitters/), so the two cannot
// drift apart.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() / ("sp_plan_dir_test_" + std::to_string(::getpid()));
    std::filesystem::remove_all(path);
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
  void write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name, std::ios::binary) << text;
  }
};

Step make_step(const std::string& action, const std::string& name, std::vector<std::string> forward, bool transactional,
               Phase phase = Phase::Expand) {
  Step s;
  s.action = action;
  s.target = ObjectId{ObjectKind::Index, "app", name, "t", ""};
  s.forward = std::move(forward);
  s.transactional = transactional;
  s.phase = phase;
  s.lock_timeout = "5s";
  s.statement_timeout = "0";
  return s;
}

Plan sample() {
  Plan p;
  p.transaction_per_step = true;
  p.from_fingerprint = "f1";
  p.to_fingerprint = "f2";
  p.steps = {make_step("create index", "a \"quoted\"\nname", {"CREATE INDEX CONCURRENTLY x ON app.t (a)"}, false),
             make_step("alter table", "b", {"ALTER TABLE app.t ADD c int", "SELECT 'it''s'"}, true),
             make_step("alter table", "c", {"ALTER TABLE app.t ADD d int"}, true),
             make_step("drop index", "d", {"DROP INDEX app.d"}, true, Phase::Contract)};
  p.steps[0].hazards = {{hazard::kIndexBuild, "builds"}};
  p.steps[1].with_next = true;
  p.steps[3].hazards = {{hazard::kDeletesData, "drops"}};
  return p;
}

}  // namespace

TEST_CASE("read_plan_dir reads back every step as the JSON emitter wrote it") {
  TempDir dir;
  Plan p = sample();
  dir.write("plan.json", emit::json(p));
  dir.write("up.sql", emit::up_sql(p));
  apply::PlanDir d = apply::read_plan_dir(dir.path.string());
  REQUIRE(d.steps.size() == 4);
  CHECK(d.id.size() == 64);
  CHECK(d.transaction_per_step);
  CHECK(d.from_fingerprint == "f1");
  CHECK(d.to_fingerprint == "f2");
  CHECK_FALSE(d.up_sql_edited());
  CHECK(d.steps[0].name == "a \"quoted\"\nname");
  CHECK(d.steps[0].kind == "index");
  CHECK_FALSE(d.steps[0].transactional);
  CHECK(d.steps[0].hazards == std::vector<std::string>{"index-build"});
  CHECK(d.steps[1].forward == std::vector<std::string>{"ALTER TABLE app.t ADD c int", "SELECT 'it''s'"});
  CHECK(d.steps[1].with_next);
  CHECK(d.steps[2].lock_timeout == "5s");
  CHECK(d.steps[3].phase == "contract");
  // Units: the concurrent build alone; steps 2 and 3 share a transaction (with_next); the contract step alone.
  CHECK(apply::transaction_units(d) == std::vector<std::vector<size_t>>{{0}, {1, 2}, {3}});
  d.transaction_per_step = false;
  d.steps[1].with_next = false;
  CHECK(apply::transaction_units(d) == std::vector<std::vector<size_t>>{{0}, {1, 2}, {3}});
  d.transaction_per_step = true;
  CHECK(apply::transaction_units(d) == std::vector<std::vector<size_t>>{{0}, {1}, {2}, {3}});
}

TEST_CASE("read_plan_dir: an edited up.sql and a missing plan.json") {
  TempDir dir;
  Plan p = sample();
  dir.write("plan.json", emit::json(p));
  dir.write("up.sql", emit::up_sql(p) + "DROP TABLE app.t;\n");
  CHECK(apply::read_plan_dir(dir.path.string()).up_sql_edited());
  std::filesystem::remove(dir.path / "up.sql");
  CHECK(apply::read_plan_dir(dir.path.string()).up_sql_edited());
  std::filesystem::remove(dir.path / "plan.json");
  CHECK_THROWS_AS(apply::read_plan_dir(dir.path.string()), DiagnosticError);
  dir.write("plan.json", "{\"version\": 1, \"steps\": []}");
  CHECK_THROWS_WITH_AS(apply::read_plan_dir(dir.path.string()), doctest::Contains("no \"apply\" object"),
                       DiagnosticError);
}

TEST_CASE("parse_plan_json: the plan --to runs without a directory, its rollbacks and phases") {
  Plan p = sample();
  p.steps[1].rollback = {"ALTER TABLE app.t DROP c"};
  const std::string json = emit::json(p);
  apply::PlanDir d = apply::parse_plan_json(json, "--to schema/");
  CHECK(d.path == "--to schema/");
  CHECK(d.json == json);  // kept in schemaplan.plans byte for byte: the id is its hash
  TempDir dir;
  dir.write("plan.json", json);
  CHECK(d.id == apply::read_plan_dir(dir.path.string()).id);
  CHECK(d.steps[1].rollback == std::vector<std::string>{"ALTER TABLE app.t DROP c"});
  CHECK(d.steps[0].rollback.empty());
  CHECK(apply::phases_of(d) == std::vector<std::string>{"expand", "contract"});
  CHECK_THROWS_WITH_AS(apply::parse_plan_json("[1, 2", "--to x"), doctest::Contains("--to x"), DiagnosticError);
}
