#pragma once
/// Running a plan's transaction units on one session, journaled, in either direction: forward (plan.json's
/// `forward` statements, `apply`) or back (its `rollback` statements, `apply --down`). Which units run, in
/// which order, is the caller's choice (apply/applier.cpp); how each runs is decided here:
/// - a transactional unit commits its statements and its journal rows together, so a row says `done` (or, going
///   back, `undone`) exactly when the effects are in the database;
/// - a step outside a transaction is marked before it starts (`running`, `undoing`) and after it ends; one
///   found marked by an earlier run is treated as interrupted: what it may have left half-done is cleaned up
///   or skipped (apply/interrupted_step.h) before it runs again;
/// - lock_not_available (55P03) and deadlock_detected (40P01) are retried with backoff; any other error stops the run.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "apply/applier.h"
#include "apply/journal.h"
#include "apply/plan_dir.h"
#include "apply/session.h"

namespace schemaplan::apply {

enum class Direction { Up, Down };

class StepRunner {
 public:
  StepRunner(Session& session, const PlanDir& plan, const ApplyOptions& options, Direction direction,
             const std::function<void(const std::string&)>& say)
      : session_(session), plan_(plan), options_(options), direction_(direction), say_(say) {}

  /// Runs `units` (indexes into plan.steps; each unit's steps in the order they are to run) given the plan's
  /// journal rows. `with_last` are statements to commit with the last unit (a migration runner's history,
  /// apply/runner_history.h) when that unit is transactional; `ran_with_last` says whether they were. "" when
  /// every unit ran, else the failure to report.
  std::string run(const std::vector<std::vector<size_t>>& units, std::map<int, JournalRow> journal,
                  const std::vector<std::string>& with_last, bool& ran_with_last);

  /// "step 3 (create index public.t_a_idx)".
  static std::string describe(const PlanStep& s);

 private:
  const std::vector<std::string>& statements(const PlanStep& s) const;
  /// Whether the step's statements (in this direction) run in one transaction.
  bool in_transaction(const PlanStep& s) const;
  JournalRow row(const PlanStep& s, const std::string& status, const std::string& error = "") const;
  bool back_off(const PlanStep& s, int attempt, const std::string& message);
  void journal_failure(const std::string& statement);
  std::string run_transaction(const std::vector<size_t>& unit, const std::vector<std::string>& extra);
  void set_timeouts(const PlanStep& s);
  bool already_done(const PlanStep& s, const std::string& statement);
  std::string run_alone(const PlanStep& s);

  Session& session_;
  const PlanDir& plan_;
  const ApplyOptions& options_;
  Direction direction_;
  const std::function<void(const std::string&)>& say_;
  std::map<int, JournalRow> journal_;
};

}  // namespace schemaplan::apply
