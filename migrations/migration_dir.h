#pragma once
/// Migration directories of the runners teams already use (Prisma Migrate, golang-migrate, Flyway, dbmate, a
/// plain folder of numbered files): recognising their layout, listing their migrations in the runner's own
/// order, and reading each migration's up and down SQL with the runner's transaction rules.
#include <optional>
#include <string>
#include <vector>

namespace schemaplan::migrations {

enum class Layout { Prisma, GolangMigrate, Flyway, Dbmate, Plain };

/// "prisma", "golang-migrate", "flyway", "dbmate", "plain".
const char* layout_name(Layout l);
/// The layout of a name above; a usage error listing the valid names otherwise.
Layout parse_layout(const std::string& name);

/// How the runner sends one migration file to the server. Replaying must do the same: a file that the runner
/// wraps in a transaction either applies completely or not at all, and statements that refuse to run in a
/// transaction block only work where the runner sends them alone.
enum class Execution {
  OneQuery,        ///< the whole file as one simple query (Prisma, golang-migrate, dbmate transaction:false):
                   ///< PostgreSQL runs several statements as one implicit transaction
  Transaction,     ///< BEGIN, the file, COMMIT (dbmate, Flyway)
  EachStatement,   ///< statement by statement, autocommit (psql -f; Flyway for non-transactional statements)
};

struct Migration {
  std::string name;     ///< what `@NAME` matches: the folder (Prisma) or file name without `.sql`/`.up.sql`
  std::string version;  ///< the runner's version (timestamp or number), "" for Flyway repeatables
  std::string path;     ///< the file holding the up SQL
  std::string up;
  std::optional<std::string> down;  ///< none when the runner has no down for it
  Execution up_execution = Execution::OneQuery;
  Execution down_execution = Execution::OneQuery;
};

struct MigrationDir {
  std::string path;
  Layout layout = Layout::Plain;
  std::vector<Migration> migrations;  ///< in the runner's order
};

/// Guesses the layout of the folder `path` from its file names (a missing or unrecognisable folder is an
/// error that says what was looked for).
Layout detect_layout(const std::string& path);

/// Reads every migration of `path` (layout guessed when not given), in the runner's order. Throws
/// DiagnosticError "io-error" / "migration-error".
MigrationDir read_migration_dir(const std::string& path, std::optional<Layout> layout = std::nullopt);

/// The index one past migration `name` (the number of migrations up to and including it); a name may also be
/// given by its version alone. An unknown name is an error listing the nearest names.
size_t migrations_through(const MigrationDir& dir, const std::string& name);

/// `migrations:PATH[@NAME]` split into PATH and NAME (NAME empty when absent). The caller checks the prefix.
struct MigrationSource {
  std::string path;
  std::string stop_after;
};
bool is_migration_source(const std::string& source);
MigrationSource parse_migration_source(const std::string& source);

/// dbmate's `-- migrate:up` / `-- migrate:down` sections of one file (exposed for tests).
struct DbmateSections {
  std::string up, down;
  bool has_down = false;
  bool up_transaction = true, down_transaction = true;  ///< false after `transaction:false`
};
DbmateSections split_dbmate(const std::string& text, const std::string& path);

}  // namespace schemaplan::migrations
