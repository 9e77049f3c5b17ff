// Each check with a statement that must trigger it and one that must not; the safe forms the planner writes.
#include <doctest/doctest.h>

#include "lint/codes.h"
#include "lint/lint.h"
#include "lint/report.h"

using namespace schemaplan;
using namespace schemaplan::lint;

namespace {

// Tables the migration under test finds already in place (as an earlier migration created them).
const char* kHistory = R"(
CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, "name" TEXT, "orgId" INTEGER,
  CONSTRAINT "User_pkey" PRIMARY KEY ("id"));
CREATE TABLE "Org" ("id" SERIAL NOT NULL, CONSTRAINT "Org_pkey" PRIMARY KEY ("id"));
CREATE INDEX "User_name_idx" ON "User"("name");
CREATE TYPE mood AS ENUM ('sad', 'happy');
)";

FileReport run(const std::string& sql, RunnerTransaction tx = RunnerTransaction::None, bool history = true) {
  Linter l;
  if (history) l.add_history(parser::SourceFile{"history.sql", kHistory});
  return l.lint(parser::SourceFile{"m.sql", sql}, LintOptions{tx, "5s", "Prisma Migrate"});
}

const Finding* find(const FileReport& r, const std::string& code, size_t statement = SIZE_MAX) {
  for (size_t i = 0; i < r.statements.size(); ++i)
    if (statement == SIZE_MAX || statement == i)
      for (const auto& f : r.statements[i].findings)
        if (f.code == code) return &f;
  return nullptr;
}
bool has(const FileReport& r, const std::string& code) { return find(r, code) != nullptr; }

const std::string kTimeouts = "SET lock_timeout = '5s';\nSET statement_timeout = '10min';\n";

}  // namespace

TEST_CASE("lint: CREATE INDEX on an existing table, and its safe form from the planner") {
  FileReport r = run(kTimeouts + "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n");
  REQUIRE(r.statements.size() == 3);
  const auto& s = r.statements[2];
  REQUIRE(find(r, hazard::kIndexBuild));
  CHECK(find(r, hazard::kIndexBuild)->span.line == 3);
  REQUIRE(s.effects.size() == 1);
  CHECK(s.effects[0].table == "public.\"User\"");
  CHECK(s.effects[0].lock == LockLevel::Share);
  CHECK(s.effects[0].scans);
  CHECK(s.safe_form.find("CREATE UNIQUE INDEX CONCURRENTLY \"User_email_key\" ON public.\"User\" USING btree (email);") !=
        std::string::npos);
  // Negative: a table created in the same migration is empty, and CONCURRENTLY needs no advice.
  CHECK_FALSE(has(run("CREATE TABLE t (id bigint PRIMARY KEY, a text);\nCREATE INDEX t_a ON t (a);\n"), hazard::kIndexBuild));
  CHECK_FALSE(has(run(kTimeouts + "CREATE INDEX CONCURRENTLY x ON \"User\" (name);\n"), hazard::kIndexBuild));
}

TEST_CASE("lint: an unknown table still gets the statement's own online spelling") {
  FileReport r = run(kTimeouts + "CREATE INDEX a_b ON elsewhere (b);\n", RunnerTransaction::None, false);
  REQUIRE(has(r, hazard::kIndexBuild));
  CHECK(r.statements[2].safe_form.find("CREATE INDEX CONCURRENTLY a_b ON elsewhere") != std::string::npos);
}

TEST_CASE("lint: CONCURRENTLY inside the runner's transaction is an error, alone in a file it runs") {
  FileReport r = run("CREATE TABLE t (id bigint);\nCREATE INDEX CONCURRENTLY x ON \"User\" (name);\n",
                     RunnerTransaction::OneQuery);
  REQUIRE(find(r, code::kTransactionBlock));
  CHECK(find(r, code::kTransactionBlock)->severity == Severity::Error);
  CHECK(find(r, code::kTransactionBlock)->message.find("Prisma Migrate") != std::string::npos);
  CHECK_FALSE(has(run("CREATE INDEX CONCURRENTLY x ON \"User\" (name);\n", RunnerTransaction::OneQuery), code::kTransactionBlock));
  CHECK_FALSE(has(run("CREATE TABLE t (id bigint);\nCREATE INDEX CONCURRENTLY x ON \"User\" (name);\n"), code::kTransactionBlock));
  // The file's own BEGIN counts too; the statements after the failing one in its transaction do not run.
  FileReport b = run("BEGIN;\nDROP INDEX CONCURRENTLY \"User_name_idx\";\nCREATE TABLE a (id bigint);\nCOMMIT;\nCREATE TABLE b (id bigint);\n");
  REQUIRE(has(b, code::kTransactionBlock));
  CHECK(find(b, code::kTransactionBlock)->message.ends_with("the 1 statement after it in the same transaction do not run"));
  CHECK(b.statements[2].in_transaction);
  CHECK_FALSE(b.statements[4].in_transaction);
}

TEST_CASE("lint: transaction nesting") {
  CHECK(has(run("BEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;\n", RunnerTransaction::Wrap), code::kTransactionNesting));
  CHECK(has(run("BEGIN;\nBEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;\n"), code::kTransactionNesting));
  // One query: BEGIN makes PostgreSQL's implicit transaction explicit, nothing nests.
  CHECK_FALSE(has(run("BEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;\n", RunnerTransaction::OneQuery), code::kTransactionNesting));
  CHECK_FALSE(has(run("BEGIN;\nCREATE TABLE t (id bigint);\nCOMMIT;\n"), code::kTransactionNesting));
}

TEST_CASE("lint: foreign key and CHECK without NOT VALID, NOT VALID + VALIDATE is the safe form") {
  FileReport r = run(kTimeouts + "ALTER TABLE \"User\" ADD CONSTRAINT \"User_orgId_fkey\" FOREIGN KEY (\"orgId\") "
                                 "REFERENCES \"Org\"(\"id\") ON DELETE SET NULL ON UPDATE CASCADE;\n");
  REQUIRE(has(r, hazard::kFullTableScan));
  const auto& s = r.statements[2];
  REQUIRE(s.effects.size() == 2);
  CHECK(s.effects[0].table == "public.\"Org\"");
  CHECK(s.effects[0].lock == LockLevel::ShareRowExclusive);
  CHECK(s.safe_form.find("NOT VALID;") != std::string::npos);
  CHECK(s.safe_form.find("VALIDATE CONSTRAINT \"User_orgId_fkey\"") != std::string::npos);
  FileReport c = run(kTimeouts + "ALTER TABLE \"User\" ADD CONSTRAINT email_len CHECK (length(email) < 300);\n");
  REQUIRE(has(c, hazard::kFullTableScan));
  CHECK(c.statements[2].safe_form.find("CHECK (length(email) < 300) NOT VALID") != std::string::npos);
  CHECK_FALSE(has(run(kTimeouts + "ALTER TABLE \"User\" ADD CONSTRAINT email_len CHECK (length(email) < 300) NOT VALID;\n"),
                  hazard::kFullTableScan));
}

TEST_CASE("lint: SET NOT NULL goes through the helper CHECK") {
  FileReport r = run(kTimeouts + "ALTER TABLE \"User\" ALTER COLUMN \"name\" SET NOT NULL;\n");
  REQUIRE(has(r, hazard::kFullTableScan));
  const std::string& f = r.statements[2].safe_form;
  CHECK(f.find("CHECK (name IS NOT NULL) NOT VALID") != std::string::npos);
  CHECK(f.find("SET NOT NULL") != std::string::npos);
  CHECK(has(run(kTimeouts + "ALTER TABLE \"User\" ALTER COLUMN \"name\" DROP NOT NULL;\n"), hazard::kBreaksRunningCode));
}

TEST_CASE("lint: unique constraint without a concurrent index first") {
  FileReport r = run(kTimeouts + "ALTER TABLE \"User\" ADD CONSTRAINT \"User_email_key\" UNIQUE (\"email\");\n");
  REQUIRE(has(r, hazard::kIndexBuild));
  const std::string& f = r.statements[2].safe_form;
  CHECK(f.find("CREATE UNIQUE INDEX CONCURRENTLY") != std::string::npos);
  CHECK(f.find("USING INDEX") != std::string::npos);
  FileReport u = run(kTimeouts + "ALTER TABLE items ADD CONSTRAINT items_sku_key UNIQUE (sku);\n", RunnerTransaction::None, false);
  CHECK(u.statements[2].safe_form.find("CREATE UNIQUE INDEX CONCURRENTLY items_sku_key ON public.items (sku);\n"
                                       "ALTER TABLE public.items ADD CONSTRAINT items_sku_key UNIQUE USING INDEX items_sku_key") !=
        std::string::npos);
  CHECK_FALSE(has(run(kTimeouts + "ALTER TABLE \"User\" ADD CONSTRAINT k UNIQUE USING INDEX \"User_name_idx\";\n"),
                  hazard::kIndexBuild));
}

TEST_CASE("lint: new columns: volatile default, NOT NULL without default") {
  FileReport v = run(kTimeouts + "ALTER TABLE \"User\" ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();\n");
  REQUIRE(has(v, hazard::kTableRewrite));
  CHECK(v.statements[2].effects[0].rewrites);
  CHECK(v.statements[2].safe_form.find("ADD COLUMN token uuid") != std::string::npos);
  CHECK_FALSE(has(run(kTimeouts + "ALTER TABLE \"User\" ADD COLUMN at timestamptz NOT NULL DEFAULT now();\n"),
                  hazard::kTableRewrite));
  FileReport n = run(kTimeouts + "ALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER NOT NULL;\n");
  CHECK(has(n, hazard::kDataDependent));
  CHECK_FALSE(has(run(kTimeouts + "ALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER NOT NULL DEFAULT 0;\n"),
                  hazard::kDataDependent));
}

TEST_CASE("lint: type changes rewrite unless binary coercible") {
  FileReport r = run(kTimeouts + "ALTER TABLE \"User\" ALTER COLUMN \"orgId\" TYPE BIGINT;\n");
  REQUIRE(has(r, hazard::kTableRewrite));
  CHECK(r.statements[2].safe_form.find("_sp_new") != std::string::npos);  // expand/contract
  CHECK_FALSE(has(run(kTimeouts + "ALTER TABLE \"User\" ALTER COLUMN \"name\" TYPE varchar;\n"), hazard::kTableRewrite));
}

TEST_CASE("lint: drops and renames") {
  CHECK(has(run(kTimeouts + "DROP TABLE \"Org\";\n"), hazard::kDeletesData));
  CHECK(has(run(kTimeouts + "ALTER TABLE \"User\" DROP COLUMN \"name\";\n"), hazard::kDeletesData));
  CHECK(has(run("DROP DATABASE other;\n"), hazard::kDeletesData));
  CHECK(has(run(kTimeouts + "ALTER TABLE \"User\" RENAME COLUMN \"name\" TO \"fullName\";\n"), hazard::kBreaksRunningCode));
  CHECK(has(run(kTimeouts + "ALTER TABLE \"User\" RENAME TO \"Person\";\n"), hazard::kBreaksRunningCode));
  CHECK_FALSE(has(run("CREATE TABLE t (id bigint);\nALTER TABLE t RENAME TO u;\nDROP TABLE u;\n"), hazard::kDeletesData));
  FileReport d = run(kTimeouts + "DROP INDEX \"User_name_idx\";\n");
  REQUIRE(has(d, hazard::kAccessExclusiveLock));
  CHECK(d.statements[2].effects[0].table == "public.\"User\"");
  CHECK(d.statements[2].safe_form.find("DROP INDEX CONCURRENTLY public.\"User_name_idx\"") != std::string::npos);
}

TEST_CASE("lint: preferred types") {
  FileReport r = run("CREATE TABLE t (id SERIAL PRIMARY KEY, code CHAR(3), name VARCHAR(20), at TIMESTAMP(3), n integer);\n");
  CHECK(has(r, code::kPreferIdentity));
  CHECK(has(r, code::kPreferBigint));
  CHECK(has(r, code::kPreferTimestamptz));
  CHECK(find(r, code::kPreferText)->span.column > 1);
  FileReport ok = run("CREATE TABLE t (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text, at timestamptz, n integer);\n");
  CHECK(ok.statements[0].findings.empty());
}

TEST_CASE("lint: REINDEX, DETACH PARTITION, enum order, identifiers, timeouts") {
  FileReport r = run(kTimeouts + "REINDEX INDEX \"User_name_idx\";\n");
  REQUIRE(has(r, hazard::kIndexBuild));
  CHECK(r.statements[2].safe_form.find("REINDEX INDEX CONCURRENTLY") != std::string::npos);
  FileReport d = run(kTimeouts + "ALTER TABLE events DETACH PARTITION events_2020;\n", RunnerTransaction::None, false);
  REQUIRE(has(d, hazard::kAccessExclusiveLock));
  CHECK(d.statements[2].safe_form.find("CONCURRENTLY") != std::string::npos);
  CHECK(has(run("ALTER TYPE mood ADD VALUE 'ok' BEFORE 'happy';\n"), code::kEnumValueOrder));
  CHECK_FALSE(has(run("ALTER TYPE mood ADD VALUE 'ok';\n"), code::kEnumValueOrder));
  CHECK(has(run("CREATE TABLE " + std::string(64, 'a') + " (id bigint);\n"), code::kIdentifierTooLong));
  CHECK_FALSE(has(run("CREATE TABLE " + std::string(63, 'a') + " (id bigint);\n"), code::kIdentifierTooLong));
  CHECK(has(run("ALTER TABLE \"User\" ADD COLUMN x text;\n"), code::kMissingTimeout));
  CHECK_FALSE(has(run(kTimeouts + "ALTER TABLE \"User\" ADD COLUMN x text;\n"), code::kMissingTimeout));
  CHECK_FALSE(has(run("CREATE TABLE t (id bigint);\nALTER TABLE t ADD COLUMN x text;\n"), code::kMissingTimeout));
}

TEST_CASE("lint: allow comments suppress a finding and the report keeps it") {
  FileReport r = run(kTimeouts + "-- schemaplan:allow index-build the table holds ten rows\n"
                                 "CREATE INDEX a ON \"User\" (email);\n"
                                 "CREATE INDEX b ON \"User\" (email); -- schemaplan:allow index-build,missing-timeout tiny\n"
                                 "CREATE INDEX c ON \"User\" (email);\n");
  REQUIRE(find(r, hazard::kIndexBuild, 2));
  CHECK(find(r, hazard::kIndexBuild, 2)->allowed);
  CHECK(find(r, hazard::kIndexBuild, 2)->allow_reason == "the table holds ten rows");
  CHECK(find(r, hazard::kIndexBuild, 3)->allowed);
  CHECK(find(r, hazard::kIndexBuild, 3)->allow_reason == "tiny");
  CHECK_FALSE(find(r, hazard::kIndexBuild, 4)->allowed);
  CHECK_FALSE(fails(*find(r, hazard::kIndexBuild, 2), {"index-build"}));
  CHECK(fails(*find(r, hazard::kIndexBuild, 4), {"index-build"}));
  CHECK_FALSE(fails(*find(r, hazard::kIndexBuild, 4), {}));
}

TEST_CASE("lint: report formats") {
  Report rep;
  rep.files.push_back(run("CREATE INDEX a ON \"User\" (email);\n"));
  rep.sizes["public.\"User\""] = TableSize{1200, false, 98304};
  std::string t = text(rep);
  CHECK(t.find("m.sql:1:1: warning: index-build: ") != std::string::npos);
  CHECK(t.find("  lock public.\"User\": SHARE, scans, 1200 rows, 96.0 kB") != std::string::npos);
  CHECK(t.find("  safe form:\n    SET lock_timeout = '5s';\n") != std::string::npos);
  CHECK(github(rep).find("::warning file=m.sql,line=1,col=1,title=schemaplan lint%3A index-build::") != std::string::npos);
  CHECK(json(rep).find("\"rows\": 1200") != std::string::npos);
  CHECK(sarif(rep).find("\"version\": \"2.1.0\"") != std::string::npos);
  CHECK(markdown(rep).find("```sql") != std::string::npos);
}

TEST_CASE("lint: against a database's schema, a statement naming what is not there fails") {
  auto lint_on_db = [](const std::string& sql, bool complete) {
    Linter l(kHistory, complete);
    return l.lint(parser::SourceFile{"m.sql", sql}, LintOptions{});
  };
  FileReport r = lint_on_db("CREATE INDEX x ON \"User\" (nope);\nALTER TABLE \"User\" ADD COLUMN a text;\n", true);
  REQUIRE(find(r, code::kStatementFails, 0));
  CHECK(find(r, code::kStatementFails, 0)->severity == Severity::Error);
  CHECK(find(r, code::kStatementFails, 0)->message.find("nope") != std::string::npos);
  CHECK(r.statements[0].safe_form.empty());
  CHECK_FALSE(find(r, code::kStatementFails, 1));
  CHECK(has(lint_on_db("CREATE TABLE \"Org\" (id bigint);\n", true), code::kStatementFails));
  // Not when the schema may be incomplete, nor after a statement the model leaves out (a DROP).
  CHECK_FALSE(has(lint_on_db("CREATE INDEX x ON \"User\" (nope);\n", false), code::kStatementFails));
  CHECK_FALSE(has(lint_on_db("DROP TABLE \"Org\";\nCREATE TABLE \"Org\" (id bigint);\n", true), code::kStatementFails));
  CHECK_FALSE(has(lint_on_db("CREATE INDEX x ON \"User\" (email);\nALTER TABLE \"User\" ADD COLUMN a text;\n", true),
                  code::kStatementFails));
}

TEST_CASE("lint: bytes that are not UTF-8 are an encoding error at their place, as in schema files") {
  try {
    run("CREATE TABLE t (id integer);\nCOMMENT ON TABLE t IS 'caf\xE9';\n");
    FAIL("expected an encoding error");
  } catch (const DiagnosticError& e) {
    CHECK(e.diagnostic().code == "encoding-error");
    CHECK(e.diagnostic().span.file == "m.sql");
    CHECK(e.diagnostic().span.line == 2);
  }
}
