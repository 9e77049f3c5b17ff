/// `status` and the pending-phase note of `drift`: what the journal (and the plans kept beside it) say about
/// the plans run on a database.
#include <algorithm>

#include "apply/applier.h"
#include "apply/applier_lock.h"
#include "apply/journal.h"
#include "apply/session.h"

namespace schemaplan::apply {
namespace {

/// The journal's rows of one plan, and the plan itself when it was kept.
struct PlanRows {
  std::vector<const JournalRow*> rows;
  std::optional<PlanDir> plan;
};

/// Per phase of a kept plan, in plan order: "expand done (12 steps)", "contract not run (0/5)".
std::string phases_line(const PlanDir& plan, const std::vector<const JournalRow*>& rows) {
  std::vector<std::string> phases = phases_of(plan);
  if (phases.size() < 2) return "";
  std::string out;
  for (const auto& ph : phases) {
    int total = 0, done = 0, undone = 0;
    for (const auto& s : plan.steps) {
      if (s.phase != ph) continue;
      ++total;
      for (const JournalRow* r : rows)
        if (r->step == s.number) done += r->status == "done", undone += r->status == "undone";
    }
    std::string state = done == total              ? "done (" + std::to_string(total) + " steps)"
                        : done == 0 && undone > 0 ? "undone"
                        : done == 0       ? "not run (0/" + std::to_string(total) + ")"
                                          : "partly run (" + std::to_string(done) + "/" + std::to_string(total) + ")";
    out += (out.empty() ? "" : ", ") + ph + " " + state;
  }
  return "  phases: " + out + "\n";
}

/// Every phase of the plan either ran completely or not at all (`apply --phase`): the plan is between two
/// phases, not interrupted.
bool phases_complete(const PlanDir& plan, const std::vector<const JournalRow*>& rows) {
  for (const auto& ph : phases_of(plan)) {
    int total = 0, done = 0, seen = 0;
    for (const auto& s : plan.steps) {
      if (s.phase != ph) continue;
      ++total;
      for (const JournalRow* r : rows)
        if (r->step == s.number) ++seen, done += r->status == "done";
    }
    if (seen != 0 && done != total) return false;
  }
  return true;
}

/// The plans of the journal, in the order they first ran.
std::vector<std::pair<std::string, PlanRows>> by_plan(const std::vector<JournalRow>& rows,
                                                      const std::map<std::string, StoredPlan>& stored) {
  std::vector<std::pair<std::string, PlanRows>> out;
  for (const auto& r : rows) {
    if (out.empty() || out.back().first != r.plan_id) {
      out.emplace_back(r.plan_id, PlanRows{});
      if (auto k = stored.find(r.plan_id); k != stored.end()) {
        try {
          out.back().second.plan = parse_plan_json(k->second.json, k->second.source);
          out.back().second.plan->path = k->second.source;
        } catch (const std::exception&) {
          // A kept plan.json this schemaplan cannot read: status goes by the journal alone.
        }
      }
    }
    out.back().second.rows.push_back(&r);
  }
  return out;
}

}  // namespace

std::string status_report(const std::string& conninfo) {
  Session session(conninfo, "schemaplan status");
  std::optional<std::vector<JournalRow>> rows = read_journal(session);
  // An applier names its session after its plan (application_name): the holder of the lock says which plan
  // is running now, so that its unfinished step is not reported as interrupted.
  const std::string holder = applier_lock_holder(session);
  const std::string running_now = holder.empty() ? "" : "an applier is running now: " + holder + "\n";
  if (!rows || rows->empty()) return "no plan has been applied to this database\n" + running_now;
  std::string out;
  for (const auto& [plan_id, pr] : by_plan(*rows, stored_plans(session))) {
    int total = pr.rows.front()->steps_total, done = 0, undone = 0;
    const JournalRow* stopped = nullptr;
    std::string finished;
    for (const JournalRow* r : pr.rows) {
      if (r->status == "done") {
        ++done;
        finished = std::max(finished, r->finished_at);
      } else if (r->status == "undone") {
        ++undone;
        finished = std::max(finished, r->finished_at);
      } else if (!stopped) {
        stopped = r;
      }
    }
    out += "plan " + short_id(plan_id) + ": " + std::to_string(done) + "/" + std::to_string(total) + " steps done";
    const bool running = !holder.empty() && holder.find("'" + application_name(plan_id) + "'") == 0;
    const bool between_phases = !stopped && pr.plan && phases_complete(*pr.plan, pr.rows);
    if (done == total) {
      out += ", finished " + finished + " UTC\n";
    } else if (running) {
      out += ", in progress (its applier's session holds the applier lock)\n";
    } else if (done == 0 && undone > 0 && (!stopped || stopped->status == "failed")) {
      out += ", undone (apply --down) " + finished + " UTC\n";
    } else if (stopped && stopped->status == "failed") {
      out += ", stopped at step " + std::to_string(stopped->step) + " (" + stopped->action +
             "): failed: " + stopped->error + "\n";
    } else if (stopped && stopped->status == "undoing") {
      out += ", undoing step " + std::to_string(stopped->step) + " (" + stopped->action + ") never finished" +
             (stopped->error.empty() ? " (interrupted)" : ": failed: " + stopped->error) + "\n";
    } else if (stopped) {
      out += ", stopped at step " + std::to_string(stopped->step) + " (" + stopped->action + "), started " +
             stopped->started_at + " UTC and never finished (interrupted)\n";
    } else if (between_phases) {
      out += ", between phases\n";
    } else if (undone > 0) {
      out += ", partly undone (" + std::to_string(undone) + " steps undone; apply --down goes on)\n";
    } else {
      out += ", stopped after step " + std::to_string(pr.rows.back()->step) + " (interrupted between steps)\n";
    }
    if (pr.plan) {
      out += "  from " + pr.plan->path + "\n";
      out += phases_line(*pr.plan, pr.rows);
    }
  }
  return out + running_now;
}

std::string pending_phases_note(const std::string& conninfo) {
  Session session(conninfo, "schemaplan drift");
  std::optional<std::vector<JournalRow>> rows;
  std::map<std::string, StoredPlan> stored;
  try {
    rows = read_journal(session);
    if (rows) stored = stored_plans(session);
  } catch (const SqlFailure&) {
    return "";  // a role that may not read the journal: drift goes on without the note
  }
  if (!rows) return "";
  std::string out;
  for (const auto& [plan_id, pr] : by_plan(*rows, stored)) {
    if (!pr.plan || !phases_complete(*pr.plan, pr.rows)) continue;
    std::string ran, pending;
    for (const auto& ph : phases_of(*pr.plan)) {
      bool done = false;
      for (const auto& s : pr.plan->steps)
        for (const JournalRow* r : pr.rows) done |= s.phase == ph && r->step == s.number && r->status == "done";
      if (done && pending.empty()) ran = ph;
      else if (!done && pending.empty() && !ran.empty()) pending = ph;
    }
    if (!ran.empty() && !pending.empty())
      out += "note: plan " + short_id(plan_id) + " (" + pr.plan->path + ") ran its " + ran + " phase and its " +
             pending + " phase is pending: apply --phase " + pending + " once the new code is deployed\n";
  }
  return out;
}

}  // namespace schemaplan::apply
