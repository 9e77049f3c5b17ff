#pragma once
/// What `schemaplan lint` is pointed at: SQL files and migration directories (migrations/migration_dir.h). A file
/// that belongs to a migration directory is judged with its runner's transaction rules and, without a database,
/// against the migrations before it; `migrations:DIR[@NAME]` lints every migration of DIR (or only NAME), each
/// against the ones before it.
#include <optional>
#include <string>
#include <vector>

#include "lint/lint.h"
#include "migrations/migration_dir.h"

namespace schemaplan::lint {

struct InputOptions {
  std::optional<migrations::Layout> layout;  ///< the directories' layout when given, else recognised
  std::string lock_timeout = "5s";           ///< what the safe forms set
};

/// Lints every input in order. `base_sql`: the database's DDL before the migrations ("" without a database);
/// `have_database`: there is one, so the migrations before a file are not replayed into the model (they may
/// be applied already) and, for a lone file, a statement naming what the database lacks fails.
/// Throws DiagnosticError on unreadable or unparsable input.
std::vector<FileReport> lint_inputs(const std::vector<std::string>& inputs, const std::string& base_sql,
                                    bool have_database, const InputOptions& options);

/// `--fail-on a,b,c`: each a code lint may report (all_codes()); throws DiagnosticError "usage" naming an
/// unknown one and the valid ones.
std::vector<std::string> parse_fail_on(const std::string& list);

/// How many findings of the report fail the run (fails()).
size_t failing_findings(const Report& report, const std::vector<std::string>& fail_on);

}  // namespace schemaplan::lint
