#pragma once
/// `schemaplan.yaml`: the project's settings, so that CI and every developer run the same comparison. Every
/// key is optional; command-line flags override it. An unknown key or a value of the wrong type is an error
/// naming the file, line and key.
///
/// ```yaml
/// schema: db/schema                     # the desired schema (SQL file, folder, or migrations:PATH)
/// database_url_env: DATABASE_URL        # or database_url: postgresql://...
/// dev_database_url: postgresql://localhost/scratch   # or dev_database_url_env: SHADOW_DATABASE_URL
/// include_schemas: [public, billing]    # globs; default: every schema
/// exclude_schemas: [pgboss]
/// exclude: [_prisma_migrations, "audit.tmp_*"]       # object globs: name, or schema.name
/// strategy: online                      # or simple
/// lock_timeout: 5s
/// statement_timeout: "0"
/// concurrently: true
/// fail_on: [deletes-data, table-rewrite]
/// renames: [{from: public.users.email_address, to: public.users.email}]
/// migrations: {dir: prisma/migrations, layout: prisma}
/// ```
#include <functional>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace schemaplan::cli {

struct RenameHint {
  std::string from, to;
  int line = 0;
};

struct Config {
  std::string file;  ///< the file read; empty when there is none
  std::string schema;
  std::string database_url;  ///< from database_url, or the value of the variable database_url_env names
  std::string dev_database_url;
  std::vector<std::string> include_schemas, exclude_schemas, exclude;
  std::string strategy, lock_timeout, statement_timeout;
  int concurrently = -1;  ///< -1 unset, 0 false, 1 true
  std::vector<std::string> fail_on;
  std::vector<RenameHint> renames;
  std::string migrations_dir, migrations_layout;
};

/// Parses config text (`file` names it in messages). Throws DiagnosticError "config-error".
/// `getenv` looks up environment variables (injectable for tests).
Config parse_config(const std::string& text, const std::string& file,
                    const std::function<const char*(const char*)>& getenv);

/// `explicit_path` when given (it must exist), else ./schemaplan.yaml when present, else an empty Config.
Config load_config(const std::string& explicit_path);

/// Whether the user gave an option on the command line (e.g. "--strategy").
using GivenFn = std::function<bool(const std::string&)>;

/// `env:NAME` stands for the value of environment variable NAME (e.g. `--from env:DATABASE_URL`), so that a URL
/// holding a password need not appear on the command line, where `ps` shows it to every user of the machine.
/// Any other text is returned as is. Throws DiagnosticError "usage" when NAME is not set or empty; the message
/// names the variable, never a value.
std::string expand_env_source(const std::string& source, const std::function<const char*(const char*)>& getenv);

/// Fill what the command line left unset from the config.
void apply_config(const Config& c, DiffArgs& a, const GivenFn& given);
void apply_config(const Config& c, DriftArgs& a, const GivenFn& given);
void apply_config(const Config& c, RollbackArgs& a, const GivenFn& given);

}  // namespace schemaplan::cli
