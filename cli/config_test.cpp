#include <doctest/doctest.h>

#include "cli/config.h"
#include "model/diagnostic.h"

using namespace schemaplan;
using namespace schemaplan::cli;

namespace {
const char* fake_env(const char* name) { return std::string(name) == "DATABASE_URL" ? "postgresql://db/app" : nullptr; }

Diagnostic config_error(const std::string& text) {
  try {
    parse_config(text, "schemaplan.yaml", fake_env);
  } catch (const DiagnosticError& e) {
    return e.diagnostic();
  }
  FAIL("expected a config error");
  return {};
}
}  // namespace

TEST_CASE("config: every key read") {
  Config c = parse_config(R"(schema: db/schema
database_url_env: DATABASE_URL
dev_database_url: postgresql://localhost/scratch
include_schemas: [public]
exclude_schemas: pgboss
exclude: [_prisma_migrations, "audit.tmp_*"]
strategy: simple
lock_timeout: 2s
statement_timeout: "0"
concurrently: false
fail_on: [deletes-data]
renames:
  - {from: public.users.a, to: public.users.b}
migrations:
  dir: prisma/migrations
  layout: prisma
)",
                          "schemaplan.yaml", fake_env);
  CHECK(c.schema == "db/schema");
  CHECK(c.database_url == "postgresql://db/app");
  CHECK(c.dev_database_url == "postgresql://localhost/scratch");
  CHECK(c.exclude_schemas == std::vector<std::string>{"pgboss"});
  CHECK(c.exclude.size() == 2);
  CHECK(c.concurrently == 0);
  CHECK(c.renames.size() == 1);
  CHECK(c.renames[0].line == 13);
  CHECK(c.migrations_layout == "prisma");
}

TEST_CASE("config: unknown keys and wrong types name the file, line and key") {
  Diagnostic d = config_error("schema: x\nexclude_tables: [a]\n");
  CHECK(d.span.file == "schemaplan.yaml");
  CHECK(d.span.line == 2);
  CHECK(d.message.find("unknown key 'exclude_tables'") != std::string::npos);
  d = config_error("schema: x\nexclude:\n  a: b\n");
  CHECK(d.span.line == 3);
  CHECK(d.message.find("'exclude' expects a list of strings") != std::string::npos);
  d = config_error("concurrently: often\n");
  CHECK(d.message.find("'concurrently' expects true or false") != std::string::npos);
  d = config_error("migrations:\n  dir: x\n  kind: prisma\n");
  CHECK(d.span.line == 3);
  CHECK(d.message.find("unknown key 'kind'") != std::string::npos);
  d = config_error("database_url_env: NOT_SET_ANYWHERE\n");
  CHECK(d.message.find("NOT_SET_ANYWHERE") != std::string::npos);
  d = config_error("schema: [unclosed\n");
  CHECK(d.message.find("invalid YAML") != std::string::npos);
}

TEST_CASE("config: flags win over the file") {
  Config c = parse_config("schema: db/schema\nstrategy: simple\nexclude: [x]\n", "f", fake_env);
  DiffArgs a;
  a.strategy = "online";
  a.to = "other";
  apply_config(c, a, [](const std::string& o) { return o == "--to" || o == "--strategy"; });
  CHECK(a.to == "other");
  CHECK(a.strategy == "online");
  CHECK(a.exclude == std::vector<std::string>{"x"});
  DiffArgs b;
  apply_config(c, b, [](const std::string&) { return false; });
  CHECK(b.to == "db/schema");
  CHECK(b.strategy == "simple");
}

TEST_CASE("env:NAME sources are read from the environment, and an unset one is named without any value") {
  auto env = [](const char* n) -> const char* {
    return std::string(n) == "DATABASE_URL" ? "postgresql://app:secret@db/app" : std::string(n) == "EMPTY" ? "" : nullptr;
  };
  CHECK(expand_env_source("env:DATABASE_URL", env) == "postgresql://app:secret@db/app");
  CHECK(expand_env_source("schema/", env) == "schema/");
  CHECK(expand_env_source("host=db dbname=env:x", env) == "host=db dbname=env:x");
  for (const char* bad : {"env:MISSING", "env:EMPTY", "env:"}) {
    try {
      expand_env_source(bad, env);
      FAIL("no error for " << bad);
    } catch (const DiagnosticError& e) {
      CHECK(e.formatted().find("is not set") != std::string::npos);
      CHECK(e.formatted().find("secret") == std::string::npos);
    }
  }
}
