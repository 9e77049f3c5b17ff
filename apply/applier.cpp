#include "apply/applier.h"

#include <algorithm>

#include "apply/applier_lock.h"
#include "apply/journal.h"
#include "apply/session.h"
#include "apply/step_runner.h"
#include "introspect/database.h"
#include "model/diagnostic.h"
#include "model/sql_writer.h"
#include "planner/fingerprint.h"
#include "planner/step.h"

namespace schemaplan::apply {
namespace {

std::string describe(const PlanStep& s) { return StepRunner::describe(s); }

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

using Say = std::function<void(const std::string&)>;

bool has_effects(const JournalRow& r) { return r.status != "undone"; }

/// The journal says the step's effects are (or may be, in part) in the database: what `--down` undoes. A
/// transactional step that failed committed nothing; one outside a transaction may have done part.
bool step_ran(const PlanStep& s, const std::map<int, JournalRow>& journal) {
  auto it = journal.find(s.number);
  if (it == journal.end() || !has_effects(it->second)) return false;
  return it->second.status != "failed" || !s.transactional;
}

/// One connection, named after the plan, holding the applier lock.
struct Locked {
  Locked(const std::string& conninfo, const PlanDir& plan, const ApplyOptions& options)
      : session(conninfo, application_name(plan.id)) {
    session.run("SET client_min_messages = warning");
    take_applier_lock(session, options.wait);
  }
  Session session;
};

/// The database's fingerprints now: as read (options.scope applied), and, with options.scope_also, without
/// what it leaves out too. A plan matches when either is its fingerprint.
struct Fingerprints {
  std::vector<std::string> values;
  bool match(const std::string& planned) const {
    return std::find(values.begin(), values.end(), planned) != values.end();
  }
};

Fingerprints fingerprint_now(const std::string& conninfo, const ApplyOptions& options) {
  introspect::Database db(conninfo);
  Catalog c = db.read_catalog();
  if (options.scope) options.scope(c);
  Fingerprints out{{catalog_fingerprint(c)}};
  if (options.scope_also) {
    options.scope_also(c);
    out.values.push_back(catalog_fingerprint(c));
  }
  return out;
}

/// The runner's history statements, when the database has the runner's table (else none: it is not a
/// database that runner keeps, and creating its table is the runner's business).
std::vector<std::string> history_for(Session& session, const ApplyOptions& options, const Say& say) {
  if (options.history.empty()) return {};
  if (session.run("SELECT to_regclass(" + sql::literal(sql::ident(options.history_table)) + ") IS NOT NULL")
          .at(0)
          .at(0) != std::optional<std::string>("t")) {
    say("note: the database has no " + options.history_table + " table: no runner history recorded");
    return {};
  }
  return options.history;
}

/// Runs the runner's history statements in a transaction of their own; they are idempotent, so a run that
/// finds them done already changes nothing.
void record_history(Session& session, const std::vector<std::string>& history, const Say& say) {
  if (history.empty()) return;
  size_t failed = 0;
  session.run_in_transaction(history, failed);
  say("brought the runner's history table up to date");
}

/// `--phase P`: P must be one of the plan's phases, and every phase before it must have run.
std::string phase_problem(const PlanDir& plan, const std::map<int, JournalRow>& journal, const std::string& phase) {
  std::vector<std::string> phases = phases_of(plan);
  auto at = std::find(phases.begin(), phases.end(), phase);
  if (at == phases.end()) {
    std::string list;
    for (const auto& p : phases) list += (list.empty() ? "" : ", ") + p;
    return "plan " + short_id(plan.id) + " has no " + phase + " phase (its phases: " + list + ")";
  }
  for (auto p = phases.begin(); p != at; ++p) {
    int total = 0, done = 0;
    for (const auto& s : plan.steps)
      if (s.phase == *p) {
        ++total;
        auto j = journal.find(s.number);
        done += j != journal.end() && j->second.status == "done";
      }
    if (done < total)
      return "phase " + phase + " of plan " + short_id(plan.id) + " comes after its " + *p + " phase, of which " +
             std::to_string(done) + " of " + std::to_string(total) + " steps ran: apply --phase " + *p + " first";
  }
  return "";
}

ApplyOutcome apply_up(const std::string& conninfo, const PlanDir& plan, const ApplyOptions& options, const Say& say) {
  if (plan.up_sql_edited()) say("warning: up.sql differs from plan.json's; running plan.json's steps (--allow-edited)");
  Locked locked(conninfo, plan, options);
  Session& session = locked.session;
  std::map<int, JournalRow> journal = journal_of(session, plan.id);
  const std::string id = short_id(plan.id);
  const std::vector<std::string> history = history_for(session, options, say);
  auto done = [&](const PlanStep& s) {
    auto it = journal.find(s.number);
    return it != journal.end() && it->second.status == "done";
  };
  auto selected = [&](const PlanStep& s) { return options.phase.empty() || s.phase == options.phase; };
  if (!options.phase.empty())
    if (std::string why = phase_problem(plan, journal, options.phase); !why.empty()) return {1, "error: " + why};
  const size_t all_done = std::count_if(plan.steps.begin(), plan.steps.end(), done);
  if (!plan.steps.empty() && all_done == plan.steps.size()) {
    // The journal says so; the database must agree (it may have been rolled back with down.sql since).
    Fingerprints now = plan.to_fingerprint.empty() ? Fingerprints{{""}} : fingerprint_now(conninfo, options);
    if (now.match(plan.to_fingerprint)) {
      record_history(session, history, say);
      return {0, "plan " + id + " was applied already (" + std::to_string(all_done) + " steps): nothing to do"};
    }
    std::string where = now.match(plan.from_fingerprint) ? "is back at the plan's from-state (rolled back?)"
                                                     : "no longer matches the plan's to-state";
    return {1, "error: plan " + id + " is journaled as applied, but the database " + where +
                   ": to apply it again, first delete its journal (DELETE FROM schemaplan.journal WHERE plan_id = '" +
                   plan.id + "')"};
  }
  size_t selected_total = 0, selected_done = 0;
  for (const auto& s : plan.steps)
    if (selected(s)) ++selected_total, selected_done += done(s);
  if (selected_total > 0 && selected_done == selected_total)
    return {0, "phase " + options.phase + " of plan " + id + " was applied already: nothing to do"};
  if (std::none_of(journal.begin(), journal.end(), [](const auto& j) { return has_effects(j.second); })) {
    // The from-state check only makes sense before the first step (or after a complete --down): after it, the
    // database is on its way.
    if (options.force) {
      say("warning: --force: the database is not checked against the plan's from-state");
    } else if (plan.from_fingerprint.empty()) {
      return {1,
              "error: plan.json records no from-state fingerprint (planned without a database on either side, with "
              "object filters, or for one --phase): apply cannot check that the database is where the plan starts; "
              "--force applies it anyway"};
    } else if (!fingerprint_now(conninfo, options).match(plan.from_fingerprint)) {
      return {1, "error: the database moved: its schema is no longer the one plan " + id +
                     " was made from (the from-state fingerprint differs); plan again from the database, or --force"};
    }
    say("applying plan " + id + ": " + std::to_string(plan.steps.size()) + " steps" +
        (options.phase.empty() ? "" : ", phase " + options.phase + " (" + std::to_string(selected_total) + ")"));
  } else if (!options.phase.empty() && std::none_of(plan.steps.begin(), plan.steps.end(), [&](const PlanStep& s) {
               return selected(s) && journal.count(s.number) && has_effects(journal.at(s.number));
             })) {
    say("applying phase " + options.phase + " of plan " + id + ": " + std::to_string(selected_total) + " of its " +
        std::to_string(plan.steps.size()) + " steps");
  } else {
    int next = 1;
    while (journal.count(next) && journal.at(next).status == "done") ++next;
    say("resuming plan " + id + (options.phase.empty() ? "" : ", phase " + options.phase + ",") + " at step " +
        std::to_string(next) + " of " + std::to_string(plan.steps.size()) + " (" + std::to_string(all_done) +
        " steps done by an earlier run)");
  }
  ensure_journal(session);
  record_plan(session, plan.id, plan.path, plan.json);
  std::vector<std::vector<size_t>> units;
  for (const auto& unit : transaction_units(plan)) {
    const PlanStep& first = plan.steps[unit.front()];
    if (selected(first) && !std::all_of(unit.begin(), unit.end(), [&](size_t i) { return done(plan.steps[i]); }))
      units.push_back(unit);
  }
  // The plan ends with this run when no step outside the selection is left: phases run in order, so that is
  // the whole plan, or its last phase.
  const bool ends = std::all_of(plan.steps.begin(), plan.steps.end(),
                                [&](const PlanStep& s) { return selected(s) || done(s); });
  StepRunner runner(session, plan, options, Direction::Up, say);
  bool history_done = false;
  if (std::string failure = runner.run(units, std::move(journal), ends ? history : std::vector<std::string>{},
                                       history_done);
      !failure.empty())
    return {1,
            "error: " + failure + "\n(`schemaplan status` shows where plan " + id + " stopped; rerun apply to resume)"};
  if (!ends) {
    std::vector<std::string> phases = phases_of(plan);
    auto next = std::find(phases.begin(), phases.end(), options.phase);
    return {0, "applied phase " + options.phase + " of plan " + id + " (" + std::to_string(selected_total) +
                   " steps); next: apply --phase " + (next + 1 < phases.end() ? *(next + 1) : std::string("?"))};
  }
  if (history_done) say("recorded the migrations in " + options.history_table + " with the last step");
  else record_history(session, history, say);
  if (plan.to_fingerprint.empty())
    return {0, "applied plan " + id + " (" + std::to_string(plan.steps.size()) +
                   " steps); not verified: plan.json records no to-state fingerprint"};
  if (!fingerprint_now(conninfo, options).match(plan.to_fingerprint))
    return {1, "error: plan " + id +
                   " ran every step, but the database does not match the plan's to-state (the "
                   "to-state fingerprint differs): compare with `schemaplan diff --from DATABASE --to DESIRED`"};
  return {0, "applied plan " + id + " (" + std::to_string(plan.steps.size()) +
                 " steps); the database matches its to-state"};
}

/// `--down`: the rollbacks of the steps whose effects the journal says are in the database, last first, in
/// the transaction units of down.sql.
ApplyOutcome apply_down(const std::string& conninfo, const PlanDir& plan, const ApplyOptions& options, const Say& say) {
  Locked locked(conninfo, plan, options);
  Session& session = locked.session;
  std::map<int, JournalRow> journal = journal_of(session, plan.id);
  const std::string id = short_id(plan.id);
  auto ran = [&](const PlanStep& s) { return step_ran(s, journal); };
  auto selected = [&](const PlanStep& s) { return options.phase.empty() || s.phase == options.phase; };
  std::vector<std::vector<size_t>> units;
  std::vector<std::vector<size_t>> forward = transaction_units(plan);
  for (auto u = forward.rbegin(); u != forward.rend(); ++u) {
    std::vector<size_t> unit;
    for (auto i = u->rbegin(); i != u->rend(); ++i)
      if (ran(plan.steps[*i]) && selected(plan.steps[*i])) unit.push_back(*i);
    if (!unit.empty()) units.push_back(std::move(unit));
  }
  if (units.empty())
    return {0, "plan " + id + " has no step to undo on this database" +
                   (options.phase.empty() ? "" : " in phase " + options.phase) +
                   " (its journal records none that ran)"};
  if (!options.phase.empty()) {
    // Phases are undone last first: a later phase with effects left is in the way; the latest one is named, as
    // the one to undo next.
    std::vector<std::string> phases = phases_of(plan);
    for (auto p = phases.rbegin(); p != phases.rend() && *p != options.phase; ++p)
      for (const auto& s : plan.steps)
        if (s.phase == *p && ran(s))
          return {1, "error: phase " + *p + " of plan " + id + " ran after phase " + options.phase +
                         ": undo it first (apply --down --phase " + *p + ")"};
  }
  std::string refused;
  for (const auto& unit : units)
    for (size_t i : unit)
      for (const auto& h : plan.steps[i].hazards)
        if (h == hazard::kUnreversibleRollback && !options.allowed_hazards.count(h))
          refused += "\n  " + describe(plan.steps[i]) + ": " + h;
  if (!refused.empty())
    return {1, "error: undoing these steps cannot restore the state exactly; pass --allow-hazards "
               "unreversible-rollback to undo them anyway:" + refused};
  size_t steps = 0;
  for (const auto& u : units) steps += u.size();
  say("undoing plan " + id + ": " + std::to_string(steps) + " steps that ran, last first");
  ensure_journal(session);
  StepRunner runner(session, plan, options, Direction::Down, say);
  bool unused = false;
  if (std::string failure = runner.run(units, std::move(journal), {}, unused); !failure.empty())
    return {1, "error: " + failure + "\n(rerun apply --down to resume undoing plan " + id + ")"};
  std::map<int, JournalRow> after = journal_of(session, plan.id);
  if (std::any_of(plan.steps.begin(), plan.steps.end(), [&](const PlanStep& s) { return step_ran(s, after); }))
    return {0, "undid " + std::to_string(steps) + " steps of plan " + id +
                   (options.phase.empty() ? "" : " (phase " + options.phase + ")") + "; others still have effects"};
  if (plan.from_fingerprint.empty())
    return {0, "undid plan " + id + " (" + std::to_string(steps) +
                   " steps); not verified: plan.json records no from-state fingerprint"};
  if (!fingerprint_now(conninfo, options).match(plan.from_fingerprint))
    return {1, "error: plan " + id +
                   " was undone step by step, but the database does not match the plan's from-state (the "
                   "from-state fingerprint differs)"};
  return {0, "undid plan " + id + " (" + std::to_string(steps) + " steps); the database matches its from-state"};
}

}  // namespace

ApplyOutcome apply_plan(const std::string& conninfo, const PlanDir& plan, const ApplyOptions& options,
                        const std::function<void(const std::string&)>& say) {
  if (!options.down)
    if (std::string why = refusal(plan, options); !why.empty()) return {1, "error: " + why};
  try {
    return options.down ? apply_down(conninfo, plan, options, say) : apply_up(conninfo, plan, options, say);
  } catch (const SqlFailure& e) {
    // apply's own statements (the journal, the lock): e.g. a role that may not create the schemaplan schema.
    fail("apply-error", "apply could not keep its journal: " + std::string(e.what()));
  } catch (const ConnectionLost& e) {
    fail("connection-error", "lost the connection to the database " + std::string(e.what()) +
                                 "; the journal says what ran: rerun apply to resume");
  }
}

ApplyOutcome record_runner_history(const std::string& conninfo, const ApplyOptions& options, const Say& say) {
  try {
    Session session(conninfo, "schemaplan apply");
    session.run("SET client_min_messages = warning");
    take_applier_lock(session, options.wait);
    std::vector<std::string> history = history_for(session, options, say);
    record_history(session, history, say);
    return {0, history.empty() ? "nothing to do" : "the schema was there already: recorded the runner's history"};
  } catch (const SqlFailure& e) {
    fail("apply-error", "apply could not write the runner's history: " + std::string(e.what()));
  } catch (const ConnectionLost& e) {
    fail("connection-error", "lost the connection to the database: " + std::string(e.what()));
  }
}

std::optional<PlanDir> interrupted_plan(const std::string& conninfo, const std::string& to_fingerprint) {
  if (to_fingerprint.empty()) return std::nullopt;
  Session session(conninfo, "schemaplan apply");
  std::optional<std::vector<JournalRow>> rows = read_journal(session);
  if (!rows) return std::nullopt;
  std::map<std::string, StoredPlan> stored = stored_plans(session);
  std::optional<PlanDir> found;
  for (const auto& [plan_id, kept] : stored) {
    int done = 0, effects = 0;
    for (const auto& r : *rows)
      if (r.plan_id == plan_id) done += r.status == "done", effects += has_effects(r);
    PlanDir p = parse_plan_json(kept.json, kept.source);
    p.path = kept.source;
    if (effects > 0 && done < static_cast<int>(p.steps.size()) && p.to_fingerprint == to_fingerprint) found = p;
  }
  if (found) found->up_sql_actual = found->up_sql_sha256;
  return found;
}

}  // namespace schemaplan::apply
