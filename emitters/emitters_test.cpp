#include <doctest/doctest.h>

#include "emitters/emitters.h"
#include "emitters/json_writer.h"

using namespace schemaplan;

namespace {
Step step(std::string action, std::string name, std::vector<std::string> fwd, std::vector<std::string> back, bool tx = true) {
  Step s;
  s.action = std::move(action);
  s.target = {ObjectKind::Table, "public", std::move(name), "", ""};
  s.forward = std::move(fwd);
  s.rollback = std::move(back);
  s.transactional = tx;
  return s;
}
}  // namespace

TEST_CASE("an empty plan has no SQL statement") {
  Plan p;
  std::string up = emit::up_sql(p);
  for (auto line_start = 0u; line_start < up.size();) {
    auto end = up.find('\n', line_start);
    CHECK(up.compare(line_start, 2, "--") == 0);
    line_start = static_cast<unsigned>(end + 1);
  }
  CHECK(emit::markdown(p).find("No changes") != std::string::npos);
}

TEST_CASE("transactional steps share a block; others stand outside; down runs backwards") {
  Plan p;
  p.steps = {step("create table", "a", {"CREATE TABLE a ()"}, {"DROP TABLE a"}),
             step("create table", "b", {"CREATE TABLE b ()"}, {"DROP TABLE b"}),
             step("create index", "c", {"CREATE INDEX CONCURRENTLY c ON a ()"}, {"DROP INDEX CONCURRENTLY c"}, false)};
  std::string up = emit::up_sql(p);
  auto begin = up.find("BEGIN;"), a = up.find("CREATE TABLE a ();"), b = up.find("CREATE TABLE b ();"),
       commit = up.find("COMMIT;"), c = up.find("CREATE INDEX CONCURRENTLY");
  CHECK(begin < a);
  CHECK(a < b);
  CHECK(b < commit);
  CHECK(commit < c);
  CHECK(up.find("BEGIN;", begin + 1) == std::string::npos);
  std::string down = emit::down_sql(p);
  CHECK(down.find("DROP INDEX CONCURRENTLY c;") < down.find("BEGIN;"));
  CHECK(down.find("DROP TABLE b;") < down.find("DROP TABLE a;"));
}

TEST_CASE("online: one transaction per step, except steps joined to the next (both directions)") {
  Plan p;
  p.transaction_per_step = true;
  p.steps = {step("drop view", "v", {"DROP VIEW v"}, {"CREATE VIEW v"}),
             step("alter column", "t", {"ALTER TABLE t"}, {"ALTER TABLE t back"}),
             step("create view", "v", {"CREATE VIEW v"}, {"DROP VIEW v"}),
             step("create table", "u", {"CREATE TABLE u"}, {"DROP TABLE u"})};
  p.steps[0].with_next = p.steps[1].with_next = true;
  auto count = [](const std::string& s, const std::string& what) {
    size_t n = 0;
    for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
  };
  std::string up = emit::up_sql(p), down = emit::down_sql(p);
  CHECK(count(up, "BEGIN;") == 2);
  CHECK(count(down, "BEGIN;") == 2);
  // The block's three steps run between one BEGIN and one COMMIT.
  CHECK(up.find("COMMIT;") > up.find("CREATE VIEW v;"));
  CHECK(up.find("COMMIT;") < up.find("CREATE TABLE u;"));
  CHECK(down.find("BEGIN;", down.find("DROP TABLE u;")) < down.find("DROP VIEW v;"));
  CHECK(down.find("COMMIT;", down.find("DROP VIEW v;")) > down.find("CREATE VIEW v;"));
  CHECK(emit::json(p).find("\"with_next\": true") != std::string::npos);
}

TEST_CASE("json escapes strings and has a version") {
  CHECK(emit::json_string("a\"b\\c\n\x01") == "\"a\\\"b\\\\c\\n\\u0001\"");
  Plan p;
  p.steps = {step("create table", "we\"ird", {"CREATE TABLE \"we\"\"ird\" ()"}, {"DROP TABLE \"we\"\"ird\""})};
  std::string j = emit::json(p);
  CHECK(j.rfind("{\n  \"version\": 1,", 0) == 0);
  CHECK(j.find("\"forward\": [\n        \"CREATE TABLE \\\"we\\\"\\\"ird\\\" ()\"\n      ]") != std::string::npos);
}

TEST_CASE("markdown opens with the verdict and escapes table cells") {
  Plan p;
  Step s = step("drop table", "t", {"DROP TABLE public.t"}, {"CREATE TABLE public.t (a text CHECK (a <> '|'))"});
  s.hazards = {{hazard::kDeletesData, "drops table public.t and all its rows"}};
  s.lock = LockLevel::AccessExclusive;
  s.locked_table = "public.t";
  s.change = ChangeKind::Drop;
  p.steps = {s};
  std::string md = emit::markdown(p);
  CHECK(md.find("**1 step**") != std::string::npos);
  CHECK(md.find("- **Worst lock:** ACCESS EXCLUSIVE on `public.t` (step 1)") != std::string::npos);
  CHECK(md.find("- **Deletes data:** **yes** — step 1") != std::string::npos);
  CHECK(md.find("step 1 — **deletes-data**") != std::string::npos);
}

TEST_CASE("each step sets its own timeouts in up.sql and down.sql, steps without them set none") {
  Plan p;
  Step a = step("create constraint", "a", {"ALTER TABLE a ADD CONSTRAINT c CHECK (x > 0) NOT VALID"}, {"ALTER TABLE a DROP CONSTRAINT c"});
  a.lock_timeout = "5s";
  a.statement_timeout = "1min";
  Step v = step("validate constraint", "a", {"ALTER TABLE a VALIDATE CONSTRAINT c"}, {}, false);
  v.lock_timeout = "5s";
  v.statement_timeout = "0";
  p.steps = {a, v, step("create table", "b", {"CREATE TABLE b ()"}, {"DROP TABLE b"})};
  std::string up = emit::up_sql(p);
  CHECK(up.find("SET lock_timeout = '5s';\nSET statement_timeout = '1min';\nALTER TABLE a ADD CONSTRAINT") != std::string::npos);
  CHECK(up.find("SET lock_timeout = '5s';\nSET statement_timeout = '0';\nALTER TABLE a VALIDATE") != std::string::npos);
  CHECK(up.find("SET lock_timeout", up.find("VALIDATE")) == std::string::npos);  // the step without timeouts
  std::string down = emit::down_sql(p);
  CHECK(down.find("SET statement_timeout = '1min';\nALTER TABLE a DROP CONSTRAINT c;") != std::string::npos);
  CHECK(down.find("statement_timeout = '0'") == std::string::npos);  // VALIDATE has no rollback: no step at all
  std::string j = emit::json(p);
  CHECK(j.find("\"lock_timeout\": \"5s\",\n      \"statement_timeout\": \"1min\"") != std::string::npos);
  CHECK(j.find("\"lock_timeout\": \"\",\n      \"statement_timeout\": \"\"") != std::string::npos);
}

TEST_CASE("the summary counts objects, not the steps an online rule spreads one change over") {
  Plan p;
  Step add = step("create constraint", "t", {"ALTER TABLE t ADD CONSTRAINT c CHECK (x > 0) NOT VALID"}, {"ALTER TABLE t DROP CONSTRAINT c"});
  add.target = {ObjectKind::Constraint, "public", "c", "t", ""};
  add.change = ChangeKind::Create;
  Step validate = add;
  validate.action = "validate constraint";
  validate.forward = {"ALTER TABLE t VALIDATE CONSTRAINT c"};
  validate.rollback = {};
  Step drop = step("drop table", "u", {"DROP TABLE u"}, {"CREATE TABLE u ()"});
  drop.change = ChangeKind::Drop;
  p.steps = {add, validate, drop};
  std::string j = emit::json(p);
  CHECK(j.find("\"steps\": 3,\n    \"created\": 1,\n    \"altered\": 0,\n    \"dropped\": 1,") != std::string::npos);
}
