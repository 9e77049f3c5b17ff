#include "cli/migration_replay.h"

#include "cli/progress.h"
#include "cli/sql_split.h"
#include "introspect/database.h"
#include "model/diagnostic.h"

namespace schemaplan::cli {

void apply_migration_sql(introspect::Database& db, const std::string& sql, Execution how, const std::string& path,
                         const std::string& name) {
  std::vector<SqlStatement> statements = split_sql(sql);
  if (statements.empty()) return;  // comments only: the server would answer with an empty query
  auto rejected = [&](const DiagnosticError& e, int line) {
    fail("replay-error", "migration " + name + " failed: " + e.diagnostic().message, SourceSpan{path, line, line ? 1 : 0},
         line ? sql : std::string());
  };
  switch (how) {
    case Execution::OneQuery:
      try {
        db.execute(sql);
      } catch (const DiagnosticError& e) {
        rejected(e, 0);
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
        rejected(e, 0);
      }
      return;
    case Execution::EachStatement:
      for (const auto& st : statements) {
        try {
          db.execute(st.text);
        } catch (const DiagnosticError& e) {
          rejected(e, st.line);
        }
      }
      return;
  }
}

void replay_migrations(const MigrationDir& dir, size_t count, introspect::Database& db) {
  Progress progress("replaying " + dir.path, count);
  for (size_t i = 0; i < count && i < dir.migrations.size(); ++i) {
    const Migration& m = dir.migrations[i];
    progress.update(i + 1, m.name);
    apply_migration_sql(db, m.up, m.up_execution, m.path, m.name);
  }
}

}  // namespace schemaplan::cli
