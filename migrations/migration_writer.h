#pragma once
/// Writing a plan as the next migration of a runner's directory, in that runner's naming and file layout.
#include <string>
#include <vector>

#include "migrations/migration_dir.h"
#include "planner/step.h"

namespace schemaplan::migrations {

struct WriteMigrationOptions {
  Layout layout = Layout::Plain;
  std::string name;       ///< the user's --name (made file-name safe: lower case, [a-z0-9_])
  std::string timestamp;  ///< YYYYMMDDHHMMSS to pin timestamps (reproducible output); empty: now, UTC
};

struct NewFile {
  std::string path;  ///< relative to the migration directory
  std::string content;
};

/// The files of the next migration(s) after `existing` (whose migrations may be empty). Runners that send a
/// file as one transaction (Prisma, golang-migrate, dbmate, Flyway) cannot run a statement that refuses a
/// transaction block beside others: each such statement gets a migration of its own, and every migration's
/// down undoes exactly its own up. A plain folder is run by psql and takes the whole plan in one file.
/// Throws DiagnosticError "usage" for a bad name or timestamp, or a version that would not sort last.
std::vector<NewFile> next_migration(const MigrationDir& existing, const Plan& plan, const WriteMigrationOptions& options);

/// Why the plan became several migrations ("" when it did not): the runner and the steps concerned.
std::string split_note(const Plan& plan, Layout layout);

/// Writes the files under `dir` (created when missing). Refuses to overwrite an existing file; on a failure
/// removes what it wrote. Throws DiagnosticError "io-error".
void write_new_files(const std::string& dir, const std::vector<NewFile>& files);

}  // namespace schemaplan::migrations
