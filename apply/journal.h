#pragma once
/// `schemaplan.journal`: which steps of which plan ran on this database. One row per (plan, step), written
/// by apply in the same transaction as a transactional step (so the row exists exactly when the step's
/// effects do) and before and after a non-transactional one (a `running` row left behind says the step was
/// interrupted and may have left something half-done, e.g. an INVALID index). The schema `schemaplan` is
/// left out of introspection (introspect/catalog_sql.cpp), so plans and drift never see the journal.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "apply/session.h"

namespace schemaplan::apply {

struct JournalRow {
  std::string plan_id;
  int step = 0;
  int steps_total = 0;
  std::string action;  ///< "create index public.orders_user_idx", for status without the plan directory
  /// running, done or failed (a forward step); undoing or undone (its rollback, `apply --down`: the row
  /// always says whether the step's effects are in the database)
  std::string status;
  std::string started_at, finished_at;  ///< UTC, "" when not yet
  std::string error;                    ///< the server's message of a failed step
};

/// Creates the schema and tables when missing, and brings a journal of an earlier schemaplan up to date
/// (under the applier lock: no race with another applier).
void ensure_journal(Session& s);

/// Keeps the plan's plan.json in `schemaplan.plans` (once per plan): `status` reads its phases from it, and
/// `apply --to` finds an interrupted plan of its own there to resume, having no directory to read it from.
void record_plan(Session& s, const std::string& plan_id, const std::string& source, const std::string& json);

/// A kept plan: where it came from and its plan.json.
struct StoredPlan {
  std::string plan_id, source, json;
};
/// Every kept plan, by id; empty when none (or no such table yet).
std::map<std::string, StoredPlan> stored_plans(Session& s);

/// The journal's rows of one plan by step number; empty when none (or no journal table yet).
std::map<int, JournalRow> journal_of(Session& s, const std::string& plan_id);

/// Every journal row, by plan (ordered by when the plan started) then step, for `status`; nullopt when the
/// database has no journal.
std::optional<std::vector<JournalRow>> read_journal(Session& s);

/// INSERT ... ON CONFLICT statements, to run alone or inside a step's transaction. `started` and `finished`
/// are SQL expressions (e.g. clock_timestamp(), NULL).
std::string journal_upsert(const JournalRow& row, const std::string& started, const std::string& finished);

}  // namespace schemaplan::apply

namespace schemaplan::apply {
/// UPDATE of a step's row that ends it (status done, failed or undone) and keeps when it started.
std::string journal_finish(const std::string& plan_id, int step, const std::string& status, const std::string& error);
/// UPDATE of a step's status alone (`undoing`: its rollback, outside a transaction, is starting).
std::string journal_mark(const std::string& plan_id, int step, const std::string& status);
/// UPDATE of a step's error alone: its rollback failed and left its effects (and status) as they were.
std::string journal_note_error(const std::string& plan_id, int step, const std::string& error);
}  // namespace schemaplan::apply
