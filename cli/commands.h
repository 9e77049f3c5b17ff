#pragma once
/// The commands: each returns the process exit code; user errors are thrown as DiagnosticError.
#include <string>

namespace schemaplan::cli {

struct DiffArgs {
  std::string from, to, out, format = "sql", dev_db, strategy = "online";
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
