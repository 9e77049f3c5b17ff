#pragma once
/// Replaying a migration directory into a database as its runner would: files as written, in the runner's
/// order, each sent the way the runner sends it (one query, one transaction, or statement by statement).
#include <functional>
#include <string>

#include "migrations/migration_dir.h"

namespace schemaplan::introspect {
class Database;
}

namespace schemaplan::migrations {

/// Hears of each migration as it starts (1-based index, name): this library prints nothing, the CLI shows
/// progress on a terminal.
using ReplayProgress = std::function<void(size_t, const std::string&)>;

/// Applies the up SQL of the first `count` migrations of `dir` to `db`. Statements schemaplan's parser does
/// not know go to the server as they are. Throws DiagnosticError "replay-error" naming the migration (and the
/// line, where the runner sends statements one by one) when the server rejects one.
void replay_migrations(const MigrationDir& dir, size_t count, introspect::Database& db,
                       const ReplayProgress& progress = {});

/// Applies one piece of migration SQL with the given execution rule (`path` and `name` for messages).
void apply_migration_sql(introspect::Database& db, const std::string& sql, Execution how, const std::string& path,
                         const std::string& name);

}  // namespace schemaplan::migrations
