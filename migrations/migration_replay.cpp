#include "migrations/migration_replay.h"

#include <algorithm>
#include <filesystem>

#include "migrations/sql_split.h"
#include "introspect/database.h"
#include "model/diagnostic.h"
#include "model/sql_writer.h"

namespace schemaplan::migrations {

namespace {

/// The line and column in the file of a server error that points into the text sent (`line`/`column` of the
/// error's span, relative to that text), given where the text starts in the file. {0, 0} when unknown.
SourceSpan file_span(const std::string& path, const SourceSpan& in_text, int first_line, int first_column) {
  if (!in_text.known()) return SourceSpan{path, 0, 0};
  int line = first_line + in_text.line - 1;
  int column = in_text.column == 0 ? 1 : (in_text.line == 1 ? first_column + in_text.column - 1 : in_text.column);
  return SourceSpan{path, line, column};
}

/// The runner's bookkeeping table, as the runner creates it before the first migration: migrations may read or
/// alter it (and comparisons leave it out, cli/object_filter.cpp).
std::string bookkeeping_table(Layout layout) {
  switch (layout) {
    case Layout::Prisma:
      return "CREATE TABLE IF NOT EXISTS \"_prisma_migrations\" (\n"
             "  \"id\" VARCHAR(36) PRIMARY KEY NOT NULL,\n"
             "  \"checksum\" VARCHAR(64) NOT NULL,\n"
             "  \"finished_at\" TIMESTAMPTZ,\n"
             "  \"migration_name\" VARCHAR(255) NOT NULL,\n"
             "  \"logs\" TEXT,\n"
             "  \"rolled_back_at\" TIMESTAMPTZ,\n"
             "  \"started_at\" TIMESTAMPTZ NOT NULL DEFAULT now(),\n"
             "  \"applied_steps_count\" INTEGER NOT NULL DEFAULT 0)";
    case Layout::GolangMigrate:
      return "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)";
    case Layout::Dbmate:
      return "CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY)";
    case Layout::Flyway:
      return "CREATE TABLE IF NOT EXISTS \"flyway_schema_history\" (\n"
             "  \"installed_rank\" INT NOT NULL CONSTRAINT \"flyway_schema_history_pk\" PRIMARY KEY,\n"
             "  \"version\" VARCHAR(50),\n"
             "  \"description\" VARCHAR(200) NOT NULL,\n"
             "  \"type\" VARCHAR(20) NOT NULL,\n"
             "  \"script\" VARCHAR(1000) NOT NULL,\n"
             "  \"checksum\" INTEGER,\n"
             "  \"installed_by\" VARCHAR(100) NOT NULL,\n"
             "  \"installed_on\" TIMESTAMP NOT NULL DEFAULT now(),\n"
             "  \"execution_time\" INTEGER NOT NULL,\n"
             "  \"success\" BOOLEAN NOT NULL);\n"
             "CREATE INDEX IF NOT EXISTS \"flyway_schema_history_s_idx\" ON \"flyway_schema_history\" (\"success\")";
    case Layout::Plain:
      return "";
  }
  return "";
}

/// The row the runner records once migration `m` (the `rank`-th, from 1) has run.
std::string bookkeeping_row(Layout layout, const Migration& m, size_t rank) {
  std::string file = std::filesystem::path(m.path).filename().string();
  switch (layout) {
    case Layout::Prisma:
      return "INSERT INTO \"_prisma_migrations\" (id, checksum, finished_at, migration_name, applied_steps_count) "
             "VALUES (gen_random_uuid()::text, encode(sha256(convert_to(" + sql::literal(m.up) + ", 'UTF8')), 'hex'), "
             "now(), " + sql::literal(m.name) + ", 1)";
    case Layout::GolangMigrate:
      // golang-migrate keeps one row: the version reached.
      return "TRUNCATE schema_migrations; INSERT INTO schema_migrations (version, dirty) VALUES (" +
             sql::literal(m.version) + "::bigint, false)";
    case Layout::Dbmate:
      return "INSERT INTO schema_migrations (version) VALUES (" + sql::literal(m.version) + ")";
    case Layout::Flyway: {
      // V1_2__add_users.sql: description "add users".
      std::string description = m.name.substr(m.name.find("__") == std::string::npos ? 0 : m.name.find("__") + 2);
      std::replace(description.begin(), description.end(), '_', ' ');
      // Flyway prints versions with dots: V1_1 is version 1.1.
      std::string version = m.version;
      std::replace(version.begin(), version.end(), '_', '.');
      return "INSERT INTO \"flyway_schema_history\" (installed_rank, version, description, type, script, installed_by, "
             "execution_time, success) VALUES (" + std::to_string(rank) + ", " +
             (version.empty() ? std::string("NULL") : sql::literal(version)) + ", " + sql::literal(description) +
             ", 'SQL', " + sql::literal(file) + ", current_user, 0, true)";
    }
    case Layout::Plain:
      return "";
  }
  return "";
}

}  // namespace

void apply_migration_sql(introspect::Database& db, const std::string& sql, Execution how, const std::string& path,
                         const std::string& name) {
  std::vector<SqlStatement> statements = split_sql(sql);
  if (statements.empty()) return;  // comments only: the server would answer with an empty query
  // The server's error position, mapped back to the file, gives the message its line, column and caret.
  auto rejected = [&](const DiagnosticError& e, SourceSpan span) {
    fail("replay-error", "migration " + name + " failed: " + e.diagnostic().message, span, span.known() ? sql : std::string());
  };
  switch (how) {
    case Execution::OneQuery:
      try {
        db.execute(sql);
      } catch (const DiagnosticError& e) {
        rejected(e, file_span(path, e.diagnostic().span, 1, 1));
      }
      return;
    case Execution::Transaction:
      try {
        // The newline ends a trailing `--` comment; the lone ';' ends a last statement written without one.
        db.execute("BEGIN;\n" + sql + "\n;\nCOMMIT;");
      } catch (const DiagnosticError& e) {
        try {
          db.execute("ROLLBACK");
        } catch (...) {
          // Nothing to roll back when BEGIN itself was never reached.
        }
        SourceSpan in_text = e.diagnostic().span;
        if (in_text.known()) --in_text.line;  // "BEGIN;\n" came first
        rejected(e, in_text.line >= 1 ? file_span(path, in_text, 1, 1) : SourceSpan{path, 0, 0});
      }
      return;
    case Execution::EachStatement:
      for (const auto& st : statements) {
        try {
          db.execute(st.text);
        } catch (const DiagnosticError& e) {
          SourceSpan span = file_span(path, e.diagnostic().span, st.line, 1);
          if (!span.known()) span = SourceSpan{path, st.line, 1};
          rejected(e, span);
        }
      }
      return;
  }
}

void replay_migrations(const MigrationDir& dir, size_t count, introspect::Database& db, const ReplayProgress& progress) {
  if (std::string table = bookkeeping_table(dir.layout); !table.empty()) db.execute(table);
  for (size_t i = 0; i < count && i < dir.migrations.size(); ++i) {
    const Migration& m = dir.migrations[i];
    if (progress) progress(i + 1, m.name);
    apply_migration_sql(db, m.up, m.up_execution, m.path, m.name);
    if (std::string row = bookkeeping_row(dir.layout, m, i + 1); !row.empty()) db.execute(row);
  }
}

}  // namespace schemaplan::migrations
