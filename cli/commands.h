#pragma once
/// The commands: each returns the process exit code; user errors are thrown as DiagnosticError.
#include <string>
#include <vector>

namespace schemaplan {
struct Plan;
}

namespace schemaplan::cli {

struct CatalogPair;  // cli/sources.h

struct DiffArgs {
  std::string from, to, out, format = "sql", dev_db, strategy = "online";
  std::string lock_timeout = "5s", statement_timeout = "0";  ///< PostgreSQL durations (online strategy)
  std::string phase;     ///< expand | backfill | contract: only that phase's steps; empty: all
  long batch_size = 10000;  ///< rows per committed batch of a backfill
  std::string fail_on;  ///< comma-separated hazard codes: exit 1 when the plan holds any of them
  bool exit_code = false;
  bool no_concurrently = false;
  std::string layout;  ///< migration layout: of migrations: sources, and of --write-migration
  std::string write_migration, migration_name, timestamp;  ///< --write-migration DIR --name N [--timestamp T]
  std::vector<std::string> exclude, exclude_schemas, include_schemas;  ///< globs (see cli/object_filter.h)
  bool with_owners = false;  ///< plan owner changes for every object, not only where the desired side states one
  bool strict = false;       ///< data statements in schema files are errors, not skipped with a warning
  std::string count_timeout = "2s";  ///< longest a hazard's row count may take before it is estimated instead
  bool no_counts = false;            ///< count no rows at all (cli/row_counts.h)
  std::string role;  ///< between SQL files: the role that will run the plan (parser::ParseOptions::running_role)
};
int run_diff(const DiffArgs& args);
/// What a caller of plan_diff() will show beyond the steps and their hazards' row counts.
struct PlanExtras {
  bool fingerprints = true;  ///< the plan's from- and to-fingerprints (plan.json; apply matches them)
  bool table_sizes = true;   ///< the bytes of the tables the plan locks (plan.md's and plan.json's durations, --fail-on sizes)
};
/// diff's planning, shared with `apply --to`: loads --from and --to into `pair`, plans, counts the rows behind
/// hazards on a --from database, prints the warnings; sets what `extras` asks for (fingerprints where a
/// database read later can match them).
Plan plan_diff(const DiffArgs& args, CatalogPair& pair, const PlanExtras& extras = {});

struct DriftArgs {
  std::string db, schema, format = "text", dev_db, layout;
  std::vector<std::string> dbs;  ///< every --db given (db is the first, or the config's database)
  std::string targets;           ///< --targets FILE: more databases, one a line (cli/fleet_drift.h)
  int jobs = 4;                  ///< databases read at once when there are several
  std::vector<std::string> exclude, exclude_schemas, include_schemas;
  bool strict = false;
  std::string count_timeout = "2s";  ///< as DiffArgs
  bool no_counts = false;
};
int run_drift(const DriftArgs& args);

/// `rollback migrations:DIR[@NAME]`: the SQL taking a database from after migration NAME (default: the
/// latest) back to before it, found by replaying the history up to each point.
struct RollbackArgs {
  std::string source, dev_db, format = "sql", layout, strategy = "online", out;
  std::vector<std::string> exclude, exclude_schemas, include_schemas;
  bool strict = false;
};
int run_rollback(const RollbackArgs& args);

struct InspectArgs {
  std::string db;
};
int run_inspect(const InspectArgs& args);

/// `apply --db URL --plan DIR` (cli/apply_commands.cpp, apply/applier.h): runs a plan directory written by
/// `diff --out`, journaled and resumable.
struct ApplyArgs {
  std::string db, plan, wait;
  bool force = false, allow_edited = false;
  std::string allow_hazards;  ///< comma-separated hazard codes the user accepts
  int retries = 5;
  std::string phase;  ///< expand | backfill | contract: only that phase's steps
  bool down = false;  ///< undo the steps of --plan that ran
  std::string format = "text";  ///< of the progress lines on stderr: text, or json (one object per line, for CI logs)
  /// `--to SOURCE`: plan from --db to SOURCE and apply that plan; `planning` holds diff's options for it
  /// (strategy, timeouts, batch size, --dev-db, --layout, ...; from and to are set from --db and --to).
  std::string to;
  DiffArgs planning;
};
int run_apply(const ApplyArgs& args);

/// `status --db URL`: the plans in the database's journal, how far each got and why a stopped one stopped.
struct StatusArgs {
  std::string db;
};
int run_status(const StatusArgs& args);

/// `lint FILE.sql|migrations:DIR[@NAME]...`: reviews migrations statement by statement (docs/lint.md).
struct LintArgs {
  std::vector<std::string> inputs;
  std::string db, format = "text", fail_on, layout, lock_timeout = "5s", count_timeout = "2s";
  bool no_counts = false;
};
int run_lint(const LintArgs& args);

}  // namespace schemaplan::cli
