#pragma once
/// The commands: each returns the process exit code; user errors are thrown as DiagnosticError.
#include <string>

namespace schemaplan::cli {

struct DiffArgs {
  std::string from, to, out, format = "sql", dev_db, strategy = "online";
  std::string lock_timeout = "5s", statement_timeout = "0";  ///< PostgreSQL durations (online strategy)
  std::string phase;     ///< expand | backfill | contract: only that phase's steps; empty: all
  long batch_size = 10000;  ///< rows per committed batch of a backfill
  std::string fail_on;  ///< comma-separated hazard codes: exit 1 when the plan holds any of them
  bool exit_code = false;
  bool no_concurrently = false;
};
int run_diff(const DiffArgs& args);

struct DriftArgs {
  std::string db, schema, format = "text", dev_db;
};
int run_drift(const DriftArgs& args);

struct InspectArgs {
  std::string db;
};
int run_inspect(const InspectArgs& args);

}  // namespace schemaplan::cli
