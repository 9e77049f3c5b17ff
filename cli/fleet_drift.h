#pragma once
/// `drift --db URL --db URL ... | --targets FILE`: one desired schema checked against many databases (a database
/// per tenant or per region), in parallel on bounded connections, one line per database and a summary.
#include <string>
#include <vector>

#include "cli/object_filter.h"
#include "model/model.h"

namespace schemaplan::cli {

struct FleetResult {
  enum class Status { Match, Drifted, Error };
  std::string target;  ///< as given, with any password redacted
  Status status = Status::Error;
  std::vector<std::string> changes;  ///< "action target" of each step that would make it match, in plan order
  std::string error;                 ///< why it could not be checked
};

/// The targets of a `--targets` file: one URL, conninfo or env:VAR per line; blank lines and `#` comments are
/// skipped. Throws DiagnosticError ("usage", file:line) for an unreadable file or a line that is no database.
std::vector<std::string> read_targets_file(const std::string& path);

/// Reads every target (at most `jobs` at a time, each on its own connection) and plans it to `desired`, with
/// `filter` applied to each as to the desired side. Results come in the order of `targets`, whatever finishes
/// first. A target that cannot be read or planned is an Error result; nothing throws.
std::vector<FleetResult> check_fleet(const Catalog& desired, const std::vector<std::string>& targets,
                                     const ObjectFilter& filter, int jobs);

/// The report in `format` (text, json, markdown or github) for a desired schema named `schema`.
std::string format_fleet(const std::vector<FleetResult>& results, const std::string& format, const std::string& schema);

/// 0 every database matches, 1 some drifted (and all were checked), 2 some could not be checked.
int fleet_exit_code(const std::vector<FleetResult>& results);

}  // namespace schemaplan::cli
