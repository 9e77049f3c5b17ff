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
  std::string status;  ///< running, done or failed
  std::string started_at, finished_at;  ///< UTC, "" when not yet
  std::string error;                    ///< the server's message of a failed step
};

/// Creates the schema and table when missing (under the applier lock: no race with another applier).
void ensure_journal(Session& s);

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
/// UPDATE of a step's row that ends it (status done or failed) and keeps when it started.
std::string journal_finish(const std::string& plan_id, int step, const std::string& status, const std::string& error);
}  // namespace schemaplan::apply
