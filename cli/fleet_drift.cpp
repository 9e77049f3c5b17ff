#include "cli/fleet_drift.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <sstream>
#include <thread>

#include "cli/config.h"
#include "cli/sources.h"
#include "emitters/emitters.h"
#include "emitters/json_writer.h"
#include "introspect/database.h"
#include "model/diagnostic.h"
#include "model/privilege.h"
#include "planner/planner.h"

namespace schemaplan::cli {

namespace {

const char* status_word(FleetResult::Status s) {
  switch (s) {
    case FleetResult::Status::Match: return "match";
    case FleetResult::Status::Drifted: return "drifted";
    case FleetResult::Status::Error: return "error";
  }
  return "error";
}

FleetResult check_one(const Catalog& desired, const std::string& target, const ObjectFilter& filter) {
  FleetResult r;
  r.target = introspect::redact(target);
  try {
    Catalog actual = load_database(target);
    filter.apply(actual);
    keep_stated_owners(actual, desired);
    Plan p = plan(actual, desired, PlanOptions{Strategy::Simple, false});
    for (const auto& s : p.steps) r.changes.push_back(s.action + " " + s.target.sql_name());
    r.status = p.empty() ? FleetResult::Status::Match : FleetResult::Status::Drifted;
  } catch (const DiagnosticError& e) {
    r.error = e.diagnostic().message;
  } catch (const std::exception& e) {
    r.error = std::string("internal error: ") + e.what();
  }
  return r;
}

std::string one_line(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

std::vector<std::string> read_targets_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) fail("usage", "cannot read the targets file " + path);
  std::vector<std::string> out;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    auto b = line.find_first_not_of(" \t\r"), e = line.find_last_not_of(" \t\r");
    if (b == std::string::npos || line[b] == '#') continue;
    std::string t = expand_env_source(line.substr(b, e - b + 1), [](const char* v) { return std::getenv(v); });
    if (source_kind(t) != SourceKind::Database)
      fail("usage", "not a database URL or conninfo: " + introspect::redact(t), SourceSpan{path, n, static_cast<int>(b) + 1},
           line);
    out.push_back(std::move(t));
  }
  return out;
}

std::vector<FleetResult> check_fleet(const Catalog& desired, const std::vector<std::string>& targets,
                                     const ObjectFilter& filter, int jobs) {
  std::vector<FleetResult> results(targets.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i; (i = next++) < targets.size();) results[i] = check_one(desired, targets[i], filter);
  };
  size_t n = std::min<size_t>(std::max(jobs, 1), targets.size());
  std::vector<std::thread> threads;
  for (size_t k = 1; k < n; ++k) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
  return results;
}

std::string format_fleet(const std::vector<FleetResult>& results, const std::string& format, const std::string& schema) {
  size_t match = 0, drifted = 0, errors = 0;
  for (const auto& r : results) {
    match += r.status == FleetResult::Status::Match;
    drifted += r.status == FleetResult::Status::Drifted;
    errors += r.status == FleetResult::Status::Error;
  }
  std::ostringstream o;
  auto summary = [&] {
    return std::to_string(results.size()) + " databases: " + std::to_string(match) + " match, " + std::to_string(drifted) +
           " drifted, " + std::to_string(errors) + " could not be checked";
  };
  if (format == "json") {
    o << "{\n  \"schema\": " << emit::json_string(schema) << ",\n  \"databases\": [";
    for (size_t i = 0; i < results.size(); ++i) {
      const auto& r = results[i];
      o << (i ? "," : "") << "\n    {\"target\": " << emit::json_string(r.target) << ", \"status\": \""
        << status_word(r.status) << "\", \"changes\": [";
      for (size_t k = 0; k < r.changes.size(); ++k) o << (k ? ", " : "") << emit::json_string(r.changes[k]);
      o << "]";
      if (r.status == FleetResult::Status::Error) o << ", \"error\": " << emit::json_string(r.error);
      o << "}";
    }
    o << "\n  ],\n  \"summary\": {\"databases\": " << results.size() << ", \"match\": " << match
      << ", \"drifted\": " << drifted << ", \"errors\": " << errors << "}\n}\n";
    return o.str();
  }
  if (format == "markdown") {
    o << "## Drift from `" << schema << "`\n\n| database | status | changes to match |\n|---|---|---|\n";
    for (const auto& r : results) {
      std::string what = r.status == FleetResult::Status::Error ? one_line(r.error)
                         : r.changes.empty()                    ? ""
                                                                : std::to_string(r.changes.size()) + ": " + r.changes[0] +
                                                                      (r.changes.size() > 1 ? ", ..." : "");
      std::replace(what.begin(), what.end(), '|', '/');
      o << "| `" << r.target << "` | " << status_word(r.status) << " | " << what << " |\n";
    }
    o << "\n" << summary() << "\n";
    return o.str();
  }
  if (format == "github") {
    for (const auto& r : results) {
      if (r.status == FleetResult::Status::Drifted)
        o << "::error title=schemaplan drift::"
          << emit::github_escape(r.target + " drifted from " + schema + " (" + std::to_string(r.changes.size()) +
                                     " changes to match it, first: " + r.changes[0] + ")",
                                 false)
          << "\n";
      if (r.status == FleetResult::Status::Error)
        o << "::error title=schemaplan drift::"
          << emit::github_escape(r.target + " could not be checked: " + one_line(r.error), false) << "\n";
    }
    o << summary() << "\n";
    return o.str();
  }
  for (const auto& r : results) {
    o << status_word(r.status) << std::string(8 - std::string(status_word(r.status)).size(), ' ') << r.target;
    if (r.status == FleetResult::Status::Drifted)
      o << ": " << r.changes.size() << (r.changes.size() == 1 ? " change" : " changes") << " to match (first: "
        << r.changes[0] << ")";
    if (r.status == FleetResult::Status::Error) o << ": " << one_line(r.error);
    o << "\n";
  }
  o << summary() << "\n";
  return o.str();
}

int fleet_exit_code(const std::vector<FleetResult>& results) {
  bool drifted = false;
  for (const auto& r : results) {
    if (r.status == FleetResult::Status::Error) return 2;
    drifted |= r.status == FleetResult::Status::Drifted;
  }
  return drifted ? 1 : 0;
}

}  // namespace schemaplan::cli
