#include "apply/step_runner.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <thread>

#include "apply/interrupted_step.h"
#include "model/transaction_rules.h"
#include "model/sql_writer.h"

namespace schemaplan::apply {
namespace {

/// A step that failed with one of these gave up on a lock, and nothing of it is left: it runs again after a while.
/// lock_not_available (55P03): its lock_timeout ran out; deadlock_detected (40P01): it was the deadlock's victim
/// (a transaction is rolled back whole; a statement outside one is checked by already_done).
bool lock_failure(const std::string& sqlstate) { return sqlstate == "55P03" || sqlstate == "40P01"; }

/// The validity of an index: nullopt when it does not exist.
std::optional<bool> index_valid(Session& session, const IndexName& ix) {
  Rows r = session.run(
      "SELECT i.indisvalid FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
      "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = " +
      sql::literal(ix.schema) + " AND c.relname = " + sql::literal(ix.name));
  if (r.empty()) return std::nullopt;
  return r[0][0] == std::optional<std::string>("t");
}

std::string failure(const PlanStep& s, const std::string& sql, const std::string& message) {
  return StepRunner::describe(s) + " failed: " + message + "\n  SQL: " + sql;
}

/// "done in 1.2 s" / "done in 35 ms": a step's wall time, retries and waits for its locks included.
std::string done_in(std::chrono::steady_clock::time_point since) {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - since).count();
  if (ms < 1000) return "done in " + std::to_string(ms) + " ms";
  return "done in " + std::to_string(ms / 1000) + "." + std::to_string(ms % 1000 / 100) + " s";
}

}  // namespace

std::string StepRunner::describe(const PlanStep& s) {
  return "step " + std::to_string(s.number) + " (" + s.action + " " + s.display + ")";
}

bool StepRunner::in_transaction(const PlanStep& s) const {
  // Going down, a step outside a transaction may be undone in one, as down.sql does (model/transaction_rules.h):
  // an interruption then leaves an enum rebuilt whole or not begun.
  if (direction_ == Direction::Up) return s.transactional;
  return sql::rollback_in_transaction(s.transactional, s.rollback);
}

std::string StepRunner::run(const std::vector<std::vector<size_t>>& units, std::map<int, JournalRow> journal,
                            const std::vector<std::string>& with_last, bool& ran_with_last) {
  journal_ = std::move(journal);
  ran_with_last = false;
  for (size_t u = 0; u < units.size(); ++u) {
    const PlanStep& first = plan_.steps[units[u].front()];
    const bool last = u + 1 == units.size();
    std::string failure;
    if (in_transaction(first)) {
      failure = run_transaction(units[u], last ? with_last : std::vector<std::string>{});
      ran_with_last = last && failure.empty() && !with_last.empty();
    } else {
      failure = run_alone(first);
    }
    if (!failure.empty()) return failure;
  }
  return "";
}

const std::vector<std::string>& StepRunner::statements(const PlanStep& s) const {
  return direction_ == Direction::Up ? s.forward : s.rollback;
}

JournalRow StepRunner::row(const PlanStep& s, const std::string& status, const std::string& error) const {
  return JournalRow{plan_.id, s.number, static_cast<int>(plan_.steps.size()), s.action + " " + s.display, status, "",
                    "",       error};
}

/// Waits before retry `attempt` (0-based) of a step that could not get its lock; false when none is left.
bool StepRunner::back_off(const PlanStep& s, int attempt, const std::string& message) {
  if (attempt >= options_.retries) return false;
  long long wait = std::min<long long>(30000, static_cast<long long>(options_.backoff_ms) << std::min(attempt, 20));
  say_(describe(s) + ": " + message + "; retry " + std::to_string(attempt + 1) + " of " +
       std::to_string(options_.retries) + " in " + std::to_string(wait) + " ms");
  std::this_thread::sleep_for(std::chrono::milliseconds(wait));
  return true;
}

/// Records a failure in the journal; the connection may be gone, and then the journal says what it said.
void StepRunner::journal_failure(const std::string& statement) {
  try {
    session_.run(statement);
  } catch (const std::exception&) {
  }
}

/// Transactional steps: the statements and each step's journal row commit together, or nothing does.
std::string StepRunner::run_transaction(const std::vector<size_t>& unit, const std::vector<std::string>& extra) {
  const bool up = direction_ == Direction::Up;
  const auto started = std::chrono::steady_clock::now();
  for (int attempt = 0;; ++attempt) {
    std::vector<std::string> sql;
    std::vector<size_t> owner;  // the step of each statement
    for (size_t i : unit) {
      const PlanStep& s = plan_.steps[i];
      auto add = [&](std::string st) {
        sql.push_back(std::move(st));
        owner.push_back(i);
      };
      add("SELECT set_config('schemaplan.step_started', clock_timestamp()::text, true)");
      if (!s.lock_timeout.empty()) add("SET LOCAL lock_timeout = " + sql::literal(s.lock_timeout));
      if (!s.statement_timeout.empty()) add("SET LOCAL statement_timeout = " + sql::literal(s.statement_timeout));
      for (const auto& st : statements(s)) add(st);
      // Going back, the forward row turns `undone`: it keeps saying whether the step's effects are there.
      add(up ? journal_upsert(row(s, "done"), "current_setting('schemaplan.step_started')::timestamptz",
                              "clock_timestamp()")
             : journal_finish(plan_.id, s.number, "undone", ""));
    }
    for (const auto& st : extra) {
      sql.push_back(st);
      owner.push_back(unit.back());
    }
    const std::string which = describe(plan_.steps[unit.front()]) +
                              (unit.size() > 1 ? " .. step " + std::to_string(plan_.steps[unit.back()].number) : "");
    say_(which + (up ? ": running" : ": undoing"));
    size_t failed = 0;
    try {
      session_.run_in_transaction(sql, failed);
      for (size_t i : unit) journal_[plan_.steps[i].number] = row(plan_.steps[i], up ? "done" : "undone");
      say_(which + ": " + done_in(started));
      return "";
    } catch (const SqlFailure& e) {
      const PlanStep& s = plan_.steps[owner.at(std::min(failed, owner.size() - 1))];
      if (lock_failure(e.sqlstate()) && back_off(s, attempt, e.what())) continue;
      // Going back, nothing was undone: the row stays `done`, with the error beside it for `status`.
      journal_failure(up ? journal_upsert(row(s, "failed", e.what()), "clock_timestamp()", "clock_timestamp()")
                         : journal_note_error(plan_.id, s.number, e.what()));
      return failure(s, sql.at(std::min(failed, sql.size() - 1)), e.what());
    } catch (const ConnectionLost& e) {
      // Not the step's failure: the run cannot go on, and apply exits 2 (apply_plan).
      throw ConnectionLost("during " + describe(plan_.steps[unit.front()]) + " (its transaction did not commit): " +
                           e.what());
    }
  }
}

void StepRunner::set_timeouts(const PlanStep& s) {
  session_.run(s.lock_timeout.empty() ? "RESET lock_timeout" : "SET lock_timeout = " + sql::literal(s.lock_timeout));
  session_.run(s.statement_timeout.empty() ? "RESET statement_timeout"
                                           : "SET statement_timeout = " + sql::literal(s.statement_timeout));
}

/// Before a statement of an interrupted non-transactional step runs again (apply/interrupted_step.h): true
/// when its effect is there already; a failed concurrent build's INVALID index, in the way of the next
/// attempt ("already exists") and of no use, is dropped first.
bool StepRunner::already_done(const PlanStep& s, const std::string& statement) {
  if (auto ix = index_built_concurrently(statement)) {
    std::optional<bool> valid = index_valid(session_, *ix);
    if (!valid) return false;
    if (*valid) {
      say_(describe(s) + ": index " + ix->schema + "." + ix->name + " was built by an interrupted run");
      return true;
    }
    say_(describe(s) + ": dropping the INVALID index " + ix->schema + "." + ix->name +
         " left by an interrupted build");
    session_.run("DROP INDEX CONCURRENTLY IF EXISTS " + sql::qualified(ix->schema, ix->name));
    return false;
  }
  if (auto ix = index_dropped_concurrently(statement); ix && !index_valid(session_, *ix)) {
    say_(describe(s) + ": index " + ix->schema + "." + ix->name + " was dropped by an interrupted run");
    return true;
  }
  return false;
}

/// A step that cannot run in a transaction block: journaled `running` (`undoing`) first, `done` (`undone`)
/// after.
std::string StepRunner::run_alone(const PlanStep& s) {
  const bool up = direction_ == Direction::Up;
  // Up: started before and not finished, by an earlier run (killed, or stopped by an error) or attempt. Down:
  // the forward run or an earlier undo may have stopped halfway (an INVALID index of a build is still there).
  auto it = journal_.find(s.number);
  bool interrupted = up ? it != journal_.end() : it == journal_.end() || it->second.status != "done";
  const auto started = std::chrono::steady_clock::now();
  for (int attempt = 0;; ++attempt) {
    std::string current;
    try {
      if (up) {
        session_.run(journal_upsert(row(s, "running"), "clock_timestamp()", "NULL"));
      } else {
        session_.run(journal_mark(plan_.id, s.number, "undoing"));
      }
      journal_[s.number] = row(s, up ? "running" : "undoing");
      say_(describe(s) + (up ? ": running" : ": undoing") + " (outside a transaction block)" +
           (interrupted ? ", again" : ""));
      set_timeouts(s);
      for (const auto& st : statements(s)) {
        current = st;
        if (interrupted && already_done(s, st)) continue;
        try {
          session_.run(st);
        } catch (const SqlFailure& e) {
          // duplicate_object: the value was added by the interrupted run.
          if (!(interrupted && e.sqlstate() == "42710" && adds_enum_value(st))) throw;
          say_(describe(s) + ": " + e.what() + " (added by the interrupted run)");
        }
      }
      current.clear();
      session_.run("RESET lock_timeout");
      session_.run("RESET statement_timeout");
      session_.run(journal_finish(plan_.id, s.number, up ? "done" : "undone", ""));
      journal_[s.number] = row(s, up ? "done" : "undone");
      say_(describe(s) + ": " + done_in(started));
      return "";
    } catch (const SqlFailure& e) {
      if (current.empty()) throw;  // apply's own bookkeeping failed: not the step's error
      journal_failure("RESET lock_timeout");
      journal_failure("RESET statement_timeout");
      interrupted = true;
      if (lock_failure(e.sqlstate()) && back_off(s, attempt, e.what())) continue;
      journal_failure(up ? journal_finish(plan_.id, s.number, "failed", e.what())
                         : journal_note_error(plan_.id, s.number, e.what()));
      return failure(s, current, e.what());
    } catch (const ConnectionLost& e) {
      throw ConnectionLost("during " + describe(s) + " (outside a transaction block: the rerun checks what it left): " +
                           e.what());
    }
  }
}

}  // namespace schemaplan::apply
