#pragma once
/// Running a plan directory on a live database, step by step, so that a run stopped anywhere (an error, a
/// lock it could not get, kill -9) can be resumed from where it stopped rather than leaving a state neither
/// up.sql nor down.sql starts from. Where the safety comes from:
/// - one applier per database (apply/applier_lock.h);
/// - the database is checked to be the plan's from-state before the first step (plan.json's fingerprint) and
///   its to-state after the last;
/// - every step is journaled (apply/journal.h): a transactional step commits its journal row with its effects,
///   so a rerun starts exactly at the first step whose effects are missing; a non-transactional step is
///   journaled before and after, and what an interrupted one leaves behind (an INVALID index of a concurrent
///   build) is cleaned up before it runs again;
/// - a step that could not get its lock within its lock_timeout is retried with backoff instead of failing
///   the deployment; any other error stops the run with the step, its SQL and the server's message.
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "apply/plan_dir.h"

namespace schemaplan {
struct Catalog;
}

namespace schemaplan::apply {

struct ApplyOptions {
  std::string wait;           ///< how long to wait for another applier (a PostgreSQL duration); "": not at all
  bool force = false;         ///< skip the from-state check
  bool allow_edited = false;  ///< apply although up.sql is not the one written with plan.json
  std::set<std::string> allowed_hazards;  ///< of the gated hazards (kGatedHazards), those the user accepts
  int retries = 5;                        ///< retries of a step that gave up on a lock (55P03 lock_not_available, 40P01 deadlock_detected)
  int backoff_ms = 1000;                  ///< wait before the first retry, doubled for each next one (at most 30 s)
  std::string phase;  ///< expand, backfill or contract: only that phase's steps (phases run in order); "": all
  bool down = false;  ///< undo the steps the journal says ran, last first, with their rollback statements
  /// Statements recording the plan in a migration runner's history table (apply/runner_history.h), committed
  /// with the plan's last step where that step is transactional, else right after it; idempotent.
  std::vector<std::string> history;
  std::string history_table;  ///< the runner's table `history` writes: without it in the database, none is written
  /// Leaves out of a database read what the plan's catalogs left out (e.g. a runner's history table when the
  /// plan was made against a migration directory), so the fingerprints compare like with like.
  std::function<void(Catalog&)> scope;
  /// A second reading to compare, with these objects left out as well: a plan made against a migration
  /// directory left the runner's history table out of its fingerprints, and plan.json does not say so.
  std::function<void(Catalog&)> scope_also;
};

/// Hazards a plan holding them is refused for, unless named in --allow-hazards.
inline const std::set<std::string> kGatedHazards = {"deletes-data", "unreversible-rollback"};

struct ApplyOutcome {
  int exit_code = 0;    ///< 0 applied (or already applied), 1 refused or failed
  std::string message;  ///< what to print last (stderr); several lines possible
};

/// The checks that need no database: the hazard gate and up.sql's hash. "" when the plan may run, else why
/// not (exit 1).
std::string refusal(const PlanDir& plan, const ApplyOptions& options);

/// Applies `plan` to the database at `conninfo` (see the top of this file). `say` receives one line per event
/// (steps started and done, retries, resumption). Throws DiagnosticError for input and connection problems
/// and when another applier holds the lock (exit 2).
ApplyOutcome apply_plan(const std::string& conninfo, const PlanDir& plan, const ApplyOptions& options,
                        const std::function<void(const std::string&)>& say);

/// Only the runner's history (options.history), under the applier lock: `apply --to migrations:DIR@Y` when the
/// schema is at Y already but the history table does not say so.
ApplyOutcome record_runner_history(const std::string& conninfo, const ApplyOptions& options,
                                   const std::function<void(const std::string&)>& say);

/// A plan an earlier run began and did not finish, kept in the database (schemaplan.plans), that leads to
/// `to_fingerprint`: `apply --to` resumes it instead of planning around its half-done steps. nullopt when none.
std::optional<PlanDir> interrupted_plan(const std::string& conninfo, const std::string& to_fingerprint);

/// For `drift`: a note naming each plan of the journal between two phases (an earlier phase ran, a later one
/// has not: the database is meant to differ from the desired schema until it runs). "" when none, or when the
/// database has no journal.
std::string pending_phases_note(const std::string& conninfo);

/// `status`: each plan in the database's journal with its steps done out of its total, and where a stopped
/// one stopped and why. One line per plan (two for a stopped one).
std::string status_report(const std::string& conninfo);

}  // namespace schemaplan::apply
