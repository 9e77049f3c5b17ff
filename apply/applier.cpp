#include "apply/applier.h"

#include <algorithm>
#include <chrono>
#include <thread>

#include "apply/applier_lock.h"
#include "apply/interrupted_step.h"
#include "apply/journal.h"
#include "apply/session.h"
#include "introspect/database.h"
#include "model/diagnostic.h"
#include "model/sql_writer.h"
#include "planner/fingerprint.h"

namespace schemaplan::apply {
namespace {

constexpr const char* kLockNotAvailable = "55P03";

std::string short_id(const std::string& id) { return id.substr(0, 12); }

/// The applier's session name: what a second applier and `status` see of it in pg_stat_activity.
std::string application_name(const std::string& plan_id) { return "schemaplan apply " + short_id(plan_id); }

std::string describe(const PlanStep& s) {
  return "step " + std::to_string(s.number) + " (" + s.action + " " + s.display + ")";
}

std::string database_fingerprint(const std::string& conninfo) {
  introspect::Database db(conninfo);
  return catalog_fingerprint(db.read_catalog());
}

/// The validity of an index: nullopt when it does not exist.
std::optional<bool> index_valid(Session& session, const IndexName& ix) {
  Rows r = session.run(
      "SELECT i.indisvalid FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
      "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = " +
      sql::literal(ix.schema) + " AND c.relname = " + sql::literal(ix.name));
  if (r.empty()) return std::nullopt;
  return r[0][0] == std::optional<std::string>("t");
}

/// One run of a plan on one session.
class Run {
 public:
  Run(Session& session, const PlanDir& plan, const ApplyOptions& options,
      const std::function<void(const std::string&)>& say)
      : session_(session), plan_(plan), options_(options), say_(say) {}

  /// Runs the steps not yet done; "" when all ran, else the failure to report.
  std::string run(std::map<int, JournalRow> journal) {
    journal_ = std::move(journal);
    for (const auto& unit : transaction_units(plan_)) {
      bool all_done = std::all_of(unit.begin(), unit.end(), [&](size_t i) { return done(plan_.steps[i]); });
      if (all_done) continue;
      const PlanStep& first = plan_.steps[unit.front()];
      std::string failure = first.transactional ? run_transaction(unit) : run_alone(first);
      if (!failure.empty()) return failure;
    }
    return "";
  }

 private:
  bool done(const PlanStep& s) const {
    auto it = journal_.find(s.number);
    return it != journal_.end() && it->second.status == "done";
  }

  JournalRow row(const PlanStep& s, const std::string& status, const std::string& error = "") const {
    return JournalRow{plan_.id, s.number, static_cast<int>(plan_.steps.size()), s.action + " " + s.display, status, "",
                      "",       error};
  }

  /// Waits before retry `attempt` (0-based) of a step that could not get its lock; false when none is left.
  bool back_off(const PlanStep& s, int attempt, const std::string& message) {
    if (attempt >= options_.retries) return false;
    long long wait = std::min<long long>(30000, static_cast<long long>(options_.backoff_ms) << std::min(attempt, 20));
    say_(describe(s) + ": " + message + "; retry " + std::to_string(attempt + 1) + " of " +
         std::to_string(options_.retries) + " in " + std::to_string(wait) + " ms");
    std::this_thread::sleep_for(std::chrono::milliseconds(wait));
    return true;
  }

  static std::string failure(const PlanStep& s, const std::string& sql, const std::string& message) {
    return describe(s) + " failed: " + message + "\n  SQL: " + sql;
  }

  /// Records a failure in the journal; the connection may be gone, and then the journal says what it said.
  void journal_failure(const std::string& statement) {
    try {
      session_.run(statement);
    } catch (const std::exception&) {
    }
  }

  /// Transactional steps: the statements and each step's journal row commit together, or nothing does.
  std::string run_transaction(const std::vector<size_t>& unit) {
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
        for (const auto& st : s.forward) add(st);
        add(journal_upsert(row(s, "done"), "current_setting('schemaplan.step_started')::timestamptz",
                           "clock_timestamp()"));
      }
      say_(describe(plan_.steps[unit.front()]) +
           (unit.size() > 1 ? " .. step " + std::to_string(plan_.steps[unit.back()].number) : "") + ": running");
      size_t failed = 0;
      try {
        session_.run_in_transaction(sql, failed);
        for (size_t i : unit) journal_[plan_.steps[i].number] = row(plan_.steps[i], "done");
        return "";
      } catch (const SqlFailure& e) {
        const PlanStep& s = plan_.steps[owner.at(std::min(failed, owner.size() - 1))];
        if (e.sqlstate() == kLockNotAvailable && back_off(s, attempt, e.what())) continue;
        journal_failure(journal_upsert(row(s, "failed", e.what()), "clock_timestamp()", "clock_timestamp()"));
        return failure(s, sql.at(std::min(failed, sql.size() - 1)), e.what());
      } catch (const ConnectionLost& e) {
        return describe(plan_.steps[unit.front()]) + ": lost the connection (" + e.what() +
               "): its transaction did not commit; rerun apply to resume";
      }
    }
  }

  void set_timeouts(const PlanStep& s) {
    session_.run(s.lock_timeout.empty() ? "RESET lock_timeout" : "SET lock_timeout = " + sql::literal(s.lock_timeout));
    session_.run(s.statement_timeout.empty() ? "RESET statement_timeout"
                                             : "SET statement_timeout = " + sql::literal(s.statement_timeout));
  }

  /// Before a statement of an interrupted non-transactional step runs again (apply/interrupted_step.h): true
  /// when its effect is there already; a failed concurrent build's INVALID index, in the way of the next
  /// attempt ("already exists") and of no use, is dropped first.
  bool already_done(const PlanStep& s, const std::string& statement) {
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

  /// A step that cannot run in a transaction block: journaled `running` first, `done` after.
  std::string run_alone(const PlanStep& s) {
    // Started before and not finished: by an earlier run (killed, or stopped by an error) or an earlier attempt.
    bool interrupted = journal_.count(s.number) > 0;
    for (int attempt = 0;; ++attempt) {
      std::string current;
      try {
        session_.run(journal_upsert(row(s, "running"), "clock_timestamp()", "NULL"));
        journal_[s.number] = row(s, "running");
        say_(describe(s) + ": running (outside a transaction block)" + (interrupted ? ", again" : ""));
        set_timeouts(s);
        for (const auto& st : s.forward) {
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
        session_.run(journal_finish(plan_.id, s.number, "done", ""));
        journal_[s.number] = row(s, "done");
        return "";
      } catch (const SqlFailure& e) {
        if (current.empty()) throw;  // apply's own bookkeeping failed: not the step's error
        journal_failure("RESET lock_timeout");
        journal_failure("RESET statement_timeout");
        interrupted = true;
        if (e.sqlstate() == kLockNotAvailable && back_off(s, attempt, e.what())) continue;
        journal_failure(journal_finish(plan_.id, s.number, "failed", e.what()));
        return failure(s, current, e.what());
      } catch (const ConnectionLost& e) {
        return describe(s) + ": lost the connection (" + e.what() + "); rerun apply to resume";
      }
    }
  }

  Session& session_;
  const PlanDir& plan_;
  const ApplyOptions& options_;
  const std::function<void(const std::string&)>& say_;
  std::map<int, JournalRow> journal_;
};

}  // namespace

std::string refusal(const PlanDir& plan, const ApplyOptions& options) {
  std::string out;
  std::set<std::string> refused;
  for (const auto& s : plan.steps)
    for (const auto& h : s.hazards)
      if (kGatedHazards.count(h) && !options.allowed_hazards.count(h)) {
        out += "  " + describe(s) + ": " + h + "\n";
        refused.insert(h);
      }
  if (!out.empty()) {
    std::string codes;
    for (const auto& c : refused) codes += (codes.empty() ? "" : ",") + c;
    out.pop_back();
    return "the plan holds hazards apply refuses without --allow-hazards " + codes + ":\n" + out;
  }
  if (plan.up_sql_edited() && !options.allow_edited)
    return std::string(plan.up_sql_actual.empty() ? "up.sql is missing from "
                                                  : "up.sql was edited after it was planned in ") +
           plan.path +
           " (its SHA-256 differs from plan.json's up_sql_sha256); apply runs plan.json's steps, not up.sql: " +
           "plan again, or pass --allow-edited to run plan.json's steps anyway";
  return "";
}

namespace {

ApplyOutcome apply_locked(const std::string& conninfo, const PlanDir& plan, const ApplyOptions& options,
                          const std::function<void(const std::string&)>& say) {
  if (plan.up_sql_edited()) say("warning: up.sql differs from plan.json's; running plan.json's steps (--allow-edited)");
  Session session(conninfo, application_name(plan.id));
  session.run("SET client_min_messages = warning");
  take_applier_lock(session, options.wait);
  std::map<int, JournalRow> journal = journal_of(session, plan.id);
  const std::string id = short_id(plan.id);
  size_t done = std::count_if(journal.begin(), journal.end(), [](const auto& j) { return j.second.status == "done"; });
  if (!plan.steps.empty() && done == plan.steps.size()) {
    // The journal says so; the database must agree (it may have been rolled back with down.sql since).
    std::string now = plan.to_fingerprint.empty() ? "" : database_fingerprint(conninfo);
    if (now == plan.to_fingerprint)
      return {0, "plan " + id + " was applied already (" + std::to_string(done) + " steps): nothing to do"};
    std::string where = now == plan.from_fingerprint ? "is back at the plan's from-state (rolled back?)"
                                                     : "no longer matches the plan's to-state";
    return {1, "error: plan " + id + " is journaled as applied, but the database " + where +
                   ": to apply it again, first delete its journal (DELETE FROM schemaplan.journal WHERE plan_id = '" +
                   plan.id + "')"};
  }
  if (journal.empty()) {
    // The from-state check only makes sense before the first step: after it, the database is on its way.
    if (options.force) {
      say("warning: --force: the database is not checked against the plan's from-state");
    } else if (plan.from_fingerprint.empty()) {
      return {1,
              "error: plan.json records no from-state fingerprint (planned without a database on either side, with "
              "object filters, or for one --phase): apply cannot check that the database is where the plan starts; "
              "--force applies it anyway"};
    } else if (database_fingerprint(conninfo) != plan.from_fingerprint) {
      return {1, "error: the database moved: its schema is no longer the one plan " + id +
                     " was made from (the from-state fingerprint differs); plan again from the database, or --force"};
    }
    say("applying plan " + id + ": " + std::to_string(plan.steps.size()) + " steps");
    ensure_journal(session);
  } else {
    int next = 1;
    while (journal.count(next) && journal.at(next).status == "done") ++next;
    say("resuming plan " + id + " at step " + std::to_string(next) + " of " + std::to_string(plan.steps.size()) + " (" +
        std::to_string(done) + " steps done by an earlier run)");
  }
  Run run(session, plan, options, say);
  if (std::string failure = run.run(std::move(journal)); !failure.empty())
    return {1,
            "error: " + failure + "\n(`schemaplan status` shows where plan " + id + " stopped; rerun apply to resume)"};
  if (plan.to_fingerprint.empty())
    return {0, "applied plan " + id + " (" + std::to_string(plan.steps.size()) +
                   " steps); not verified: plan.json records no to-state fingerprint"};
  if (database_fingerprint(conninfo) != plan.to_fingerprint)
    return {1, "error: plan " + id +
                   " ran every step, but the database does not match the plan's to-state (the "
                   "to-state fingerprint differs): compare with `schemaplan diff --from DATABASE --to DESIRED`"};
  return {0, "applied plan " + id + " (" + std::to_string(plan.steps.size()) +
                 " steps); the database matches its to-state"};
}

}  // namespace

ApplyOutcome apply_plan(const std::string& conninfo, const PlanDir& plan, const ApplyOptions& options,
                        const std::function<void(const std::string&)>& say) {
  if (std::string why = refusal(plan, options); !why.empty()) return {1, "error: " + why};
  try {
    return apply_locked(conninfo, plan, options, say);
  } catch (const SqlFailure& e) {
    // apply's own statements (the journal, the lock): e.g. a role that may not create the schemaplan schema.
    fail("apply-error", "apply could not keep its journal: " + std::string(e.what()));
  } catch (const ConnectionLost& e) {
    fail("connection-error",
         "lost the connection to the database: " + std::string(e.what()) + "; rerun apply to resume");
  }
}

std::string status_report(const std::string& conninfo) {
  Session session(conninfo, "schemaplan status");
  std::optional<std::vector<JournalRow>> rows = read_journal(session);
  // An applier names its session after its plan (application_name): the holder of the lock says which plan
  // is running now, so that its unfinished step is not reported as interrupted.
  const std::string holder = applier_lock_holder(session);
  const std::string running_now = holder.empty() ? "" : "an applier is running now: " + holder + "\n";
  if (!rows || rows->empty()) return "no plan has been applied to this database\n" + running_now;
  std::string out;
  for (size_t i = 0; i < rows->size();) {
    size_t end = i;
    while (end < rows->size() && (*rows)[end].plan_id == (*rows)[i].plan_id) ++end;
    int total = (*rows)[i].steps_total, done = 0;
    const JournalRow* stopped = nullptr;
    std::string finished;
    for (size_t k = i; k < end; ++k) {
      const JournalRow& r = (*rows)[k];
      if (r.status == "done") {
        ++done;
        finished = std::max(finished, r.finished_at);
      } else if (!stopped) {
        stopped = &r;
      }
    }
    out += "plan " + short_id((*rows)[i].plan_id) + ": " + std::to_string(done) + "/" + std::to_string(total) +
           " steps done";
    const bool running = !holder.empty() && holder.find("'" + application_name((*rows)[i].plan_id) + "'") == 0;
    if (done == total) {
      out += ", finished " + finished + " UTC\n";
    } else if (running) {
      out += ", in progress (its applier's session holds the applier lock)\n";
    } else if (stopped && stopped->status == "failed") {
      out += ", stopped at step " + std::to_string(stopped->step) + " (" + stopped->action +
             "): failed: " + stopped->error + "\n";
    } else if (stopped) {
      out += ", stopped at step " + std::to_string(stopped->step) + " (" + stopped->action + "), started " +
             stopped->started_at + " UTC and never finished (interrupted)\n";
    } else {
      out += ", stopped after step " + std::to_string((*rows)[end - 1].step) + " (interrupted between steps)\n";
    }
    i = end;
  }
  return out + running_now;
}

}  // namespace schemaplan::apply
