#include <doctest/doctest.h>

#include "emitters/emitters.h"
#include "emitters/json_writer.h"
#include "emitters/summary.h"
#include "model/sha256.h"

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

TEST_CASE("transactional steps share a block, others stand outside, down runs backwards") {
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

TEST_CASE("down.sql undoes a step outside a transaction inside one when its rollback allows it") {
  Plan p;
  p.transaction_per_step = true;
  p.steps = {step("alter type", "mood", {"ALTER TYPE mood ADD VALUE 'c'"},
                  {"ALTER TYPE mood RENAME TO mood__old", "CREATE TYPE mood AS ENUM ('a')",
                   "ALTER TABLE t ALTER COLUMN m TYPE mood USING m::text::mood", "DROP TYPE mood__old"},
                  false),
             step("create index", "i", {"CREATE INDEX CONCURRENTLY i ON t (m)"}, {"DROP INDEX CONCURRENTLY i"}, false)};
  std::string up = emit::up_sql(p), down = emit::down_sql(p);
  // Going up both stand outside a transaction (the value added cannot be used in the transaction adding it).
  CHECK(up.find("BEGIN;") == std::string::npos);
  CHECK(up.find("-- step 1: alter type public.mood (outside a transaction block)") != std::string::npos);
  // Going down, the concurrent drop still does; the enum's rebuild runs whole or not at all.
  auto drop = down.find("DROP INDEX CONCURRENTLY i;"), begin = down.find("BEGIN;"),
       rename = down.find("ALTER TYPE mood RENAME TO mood__old;"), old = down.find("DROP TYPE mood__old;"),
       commit = down.find("COMMIT;");
  REQUIRE(begin != std::string::npos);
  CHECK(drop < begin);
  CHECK(begin < rename);
  CHECK(old < commit);
  CHECK(down.find("-- step 1: alter type public.mood (outside a transaction block)") == std::string::npos);
  CHECK(down.find("-- step 2: create index public.i (outside a transaction block)") != std::string::npos);
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
  CHECK(md.find("- **Rewrites tables:** no\n") != std::string::npos);
  p.steps[0].rewrites = true;
  CHECK(emit::markdown(p).find("- **Rewrites tables:** step 1\n") != std::string::npos);
  CHECK(emit::json(p).find("\"rewrite_steps\": [\n      1\n    ]") != std::string::npos);
}

TEST_CASE("the step table names a step's further statements and cuts long ones between characters") {
  Plan p;
  std::string col(40, 'x');
  p.steps = {step("alter column", "t",
                  {"ALTER TABLE public.t ALTER COLUMN big DROP DEFAULT",
                   "ALTER TABLE public.t ALTER COLUMN big ADD GENERATED BY DEFAULT AS IDENTITY"},
                  {}),
             // 86 ASCII bytes, then two-byte characters: the cut at 87 bytes would split the first one.
             step("create table", "u", {"CREATE TABLE public.u (" + std::string(63, 'y') + "ÄÄÄÄÄÄÄÄÄÄ int)"}, {})};
  std::string md = emit::markdown(p);
  CHECK(md.find("`ALTER TABLE public.t ALTER COLUMN big DROP DEFAULT` (+1 more) |") != std::string::npos);
  CHECK(md.find("`CREATE TABLE public.u (" + std::string(63, 'y') + "...`") != std::string::npos);
}

TEST_CASE("hazard comments carry the counted rows and stay on one line whatever a name holds") {
  Plan p;
  Step s = step("alter column", "we\nird", {"ALTER TABLE public.\"we\nird\" ALTER COLUMN c SET NOT NULL"}, {});
  Hazard h{hazard::kDataDependent, "SET NOT NULL on c fails while rows of public.\"we\nird\" hold NULL in it", {}};
  RowCount nulls{"public.\"we\nird\"", "c", {}, false, 2};
  nulls.match = RowCount::Match::Null;
  h.counts = {nulls};
  s.hazards = {h};
  p.steps = {s};
  std::string up = emit::up_sql(p);
  CHECK(up.find("-- step 1: alter column public.\"we ird\"\n") != std::string::npos);
  CHECK(up.find("-- hazard data-dependent: SET NOT NULL on c fails while rows of public.\"we ird\" hold NULL in it "
                "(rows holding NULL now: public.\"we ird\".c: 2)\n") != std::string::npos);
  CHECK(emit::text(p) == "+ alter column public.\"we ird\"  [data-dependent] (rows holding NULL now: public.\"we ird\".c: 2)\n");
}

TEST_CASE("condition and duplicate counts: their own wording, and plan.json gives the condition and key") {
  Plan p;
  Step s = step("validate constraint", "t", {"ALTER TABLE public.t VALIDATE CONSTRAINT k"}, {});
  Hazard h{hazard::kDataDependent, "CHECK k fails while rows of public.t violate it: fix them first", {}};
  RowCount where{"public.t", "", {}, false, 3};
  where.match = RowCount::Match::Where;
  where.condition = "NOT ((x > 0))";
  h.counts = {where};
  Hazard d{hazard::kDataDependent, "unique index i fails", {}};
  RowCount dup{"public.t", "", {}, false, 7};
  dup.match = RowCount::Match::Duplicates;
  dup.key = {"a", "B"};
  dup.condition = "a IS NOT NULL";
  dup.estimated = true;
  d.counts = {dup};
  s.hazards = {h, d};
  p.steps = {s};
  std::string up = emit::up_sql(p);
  CHECK(up.find("-- hazard data-dependent: CHECK k fails while rows of public.t violate it: fix them first "
                "(rows failing it now: public.t: 3)\n") != std::string::npos);
  CHECK(up.find("(duplicated values now: public.t: ~7 (estimated, not counted in time))") != std::string::npos);
  std::string json = emit::json(p);
  CHECK(json.find(R"("match": "where")") != std::string::npos);
  CHECK(json.find(R"j("condition": "NOT ((x > 0))")j") != std::string::npos);
  CHECK(json.find(R"("match": "duplicates")") != std::string::npos);
  CHECK(json.find(R"("key": [)") != std::string::npos);
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

TEST_CASE("plan.md's step table leaves a user mapping's options out, its SQL keeps them") {
  Plan p;
  Step s = step("create user mapping", "m", {"CREATE USER MAPPING FOR app SERVER s OPTIONS (password 'secret')"},
                {"DROP USER MAPPING FOR app SERVER s"});
  s.target = {ObjectKind::UserMapping, "", "app", "s", ""};
  p.steps = {s};
  std::string md = emit::markdown(p);
  CHECK(md.find("`CREATE USER MAPPING FOR app SERVER s OPTIONS (…)`") != std::string::npos);
  CHECK(md.find("'secret'") == md.rfind("'secret'"));  // once: in the SQL block
  CHECK(md.find("```sql\nCREATE USER MAPPING FOR app SERVER s OPTIONS (password 'secret');") != std::string::npos);
}

TEST_CASE("plan.md classes each scan and rewrite by duration from its table's size") {
  const int64_t mb = 1024 * 1024;
  Plan p;
  Step rewrite = step("alter column", "big", {"ALTER TABLE public.big ALTER COLUMN c TYPE bigint"}, {});
  rewrite.rewrites = true;
  rewrite.locked_table = "public.big";
  Step scan = step("validate constraint", "mid", {"ALTER TABLE public.mid VALIDATE CONSTRAINT k"}, {});
  scan.scans = true;
  scan.locked_table = "public.mid";
  Step small = scan;
  small.locked_table = "public.small";
  Step catalog = step("comment", "big", {"COMMENT ON TABLE public.big IS 'x'"}, {});
  catalog.locked_table = "public.big";
  p.steps = {rewrite, scan, small, catalog};
  p.table_stats["public.big"].bytes = 400 * 1024 * mb;  // 400 GB at 100 MB/s: over an hour
  p.table_stats["public.mid"].bytes = 20 * 1024 * mb;   // 20 GB at 300 MB/s: about a minute
  p.table_stats["public.small"].bytes = 3 * mb;
  CHECK(emit::duration_class(p, p.steps[0]) == "hours");
  CHECK(emit::duration_class(p, p.steps[1]) == "minutes");
  CHECK(emit::duration_class(p, p.steps[2]) == "seconds");
  CHECK(emit::duration_class(p, p.steps[3]).empty());  // catalog only
  // The same rewrite at 5 GB: 51 s.
  p.table_stats["public.big"].bytes = 5 * 1024 * mb;
  CHECK(emit::duration_class(p, p.steps[0]) == "seconds");
  p.table_stats["public.big"].bytes = 400 * 1024 * mb;
  std::string md = emit::markdown(p);
  CHECK(md.find("- **Scans and rewrites take:** hours: step 1; minutes: step 2; seconds: step 3 (at 100 MB/s "
                "rewriting, 300 MB/s scanning the table's size with its indexes)\n") != std::string::npos);
  CHECK(md.find("| rewrite (rows unknown, never analysed, 400 GB, hours) |") != std::string::npos);
  // Unmeasured (offline): no class, no line.
  p.table_stats.clear();
  CHECK(emit::duration_class(p, p.steps[0]).empty());
  CHECK(emit::markdown(p).find("Scans and rewrites take") == std::string::npos);
}

TEST_CASE("json ends with what apply needs: the fingerprints and up.sql's hash") {
  Plan p;
  p.steps = {step("create table", "t", {"CREATE TABLE public.t ()"}, {"DROP TABLE public.t"})};
  p.transaction_per_step = true;
  std::string j = emit::json(p);
  // No fingerprints set (e.g. a plan between two parsed schemas): null, and apply will not trust the state.
  CHECK(j.find("\"apply\": {\n    \"transaction_per_step\": true,\n    \"from_fingerprint\": null,\n"
               "    \"to_fingerprint\": null,\n    \"up_sql_sha256\": \"" + sha256_hex(emit::up_sql(p)) + "\"\n  }\n}") !=
        std::string::npos);
  p.from_fingerprint = "aa";
  p.to_fingerprint = "bb";
  j = emit::json(p);
  CHECK(j.find("\"from_fingerprint\": \"aa\",\n    \"to_fingerprint\": \"bb\",") != std::string::npos);
}
