#include "apply/journal.h"

#include "model/sql_writer.h"

namespace schemaplan::apply {
namespace {

constexpr const char* kColumns =
    "plan_id, step, steps_total, action, status, "
    "coalesce(to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), ''), "
    "coalesce(to_char(finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), ''), coalesce(error, '')";

JournalRow row_of(const std::vector<std::optional<std::string>>& r) {
  JournalRow j;
  j.plan_id = r[0].value_or("");
  j.step = std::stoi(r[1].value_or("0"));
  j.steps_total = std::stoi(r[2].value_or("0"));
  j.action = r[3].value_or("");
  j.status = r[4].value_or("");
  j.started_at = r[5].value_or("");
  j.finished_at = r[6].value_or("");
  j.error = r[7].value_or("");
  return j;
}

bool journal_exists(Session& s) {
  return s.run("SELECT to_regclass('schemaplan.journal') IS NOT NULL").at(0).at(0) == std::optional<std::string>("t");
}

}  // namespace

void ensure_journal(Session& s) {
  if (!journal_exists(s)) {
    s.run("CREATE SCHEMA IF NOT EXISTS schemaplan");
    s.run(
        "CREATE TABLE IF NOT EXISTS schemaplan.journal (\n"
        "  plan_id text NOT NULL,\n"
        "  step integer NOT NULL,\n"
        "  steps_total integer NOT NULL,\n"
        "  action text NOT NULL,\n"
        "  started_at timestamptz NOT NULL,\n"
        "  finished_at timestamptz,\n"
        "  status text NOT NULL CONSTRAINT journal_status_check\n"
        "    CHECK (status IN ('running', 'done', 'failed', 'undoing', 'undone')),\n"
        "  error text,\n"
        "  PRIMARY KEY (plan_id, step)\n"
        ")");
  } else if (s.run("SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid = 'schemaplan.journal'::regclass AND "
                   "conname = 'journal_status_check' AND pg_get_constraintdef(oid) LIKE '%undone%'")
                 .empty()) {
    // A journal of the first schemaplan apply knew only forward runs.
    s.run(
        "ALTER TABLE schemaplan.journal DROP CONSTRAINT IF EXISTS journal_status_check, ADD CONSTRAINT "
        "journal_status_check CHECK (status IN ('running', 'done', 'failed', 'undoing', 'undone'))");
  }
  s.run(
      "CREATE TABLE IF NOT EXISTS schemaplan.plans (\n"
      "  plan_id text PRIMARY KEY,\n"
      "  source text NOT NULL,\n"
      "  plan_json text NOT NULL,\n"
      "  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()\n"
      ")");
}

void record_plan(Session& s, const std::string& plan_id, const std::string& source, const std::string& json) {
  s.run("INSERT INTO schemaplan.plans (plan_id, source, plan_json) VALUES (" + sql::literal(plan_id) + ", " +
        sql::literal(source) + ", " + sql::literal(json) + ") ON CONFLICT (plan_id) DO NOTHING");
}

std::map<std::string, StoredPlan> stored_plans(Session& s) {
  std::map<std::string, StoredPlan> out;
  if (s.run("SELECT to_regclass('schemaplan.plans') IS NOT NULL").at(0).at(0) != std::optional<std::string>("t"))
    return out;
  for (const auto& r : s.run("SELECT plan_id, source, plan_json FROM schemaplan.plans ORDER BY plan_id"))
    out[r[0].value_or("")] = StoredPlan{r[0].value_or(""), r[1].value_or(""), r[2].value_or("")};
  return out;
}

std::map<int, JournalRow> journal_of(Session& s, const std::string& plan_id) {
  std::map<int, JournalRow> out;
  if (!journal_exists(s)) return out;
  for (const auto& r : s.run(std::string("SELECT ") + kColumns +
                             " FROM schemaplan.journal WHERE plan_id = " + sql::literal(plan_id) + " ORDER BY step")) {
    JournalRow j = row_of(r);
    out[j.step] = j;
  }
  return out;
}

std::optional<std::vector<JournalRow>> read_journal(Session& s) {
  if (!journal_exists(s)) return std::nullopt;
  std::vector<JournalRow> out;
  for (const auto& r : s.run(std::string("SELECT ") + kColumns +
                             " FROM schemaplan.journal j ORDER BY (SELECT min(started_at) FROM schemaplan.journal f "
                             "WHERE f.plan_id = j.plan_id), plan_id, step"))
    out.push_back(row_of(r));
  return out;
}

std::string journal_upsert(const JournalRow& row, const std::string& started, const std::string& finished) {
  return "INSERT INTO schemaplan.journal (plan_id, step, steps_total, action, started_at, finished_at, status, "
         "error) VALUES (" +
         sql::literal(row.plan_id) + ", " + std::to_string(row.step) + ", " + std::to_string(row.steps_total) + ", " +
         sql::literal(row.action) + ", " + started + ", " + finished + ", " + sql::literal(row.status) + ", " +
         (row.error.empty() ? std::string("NULL") : sql::literal(row.error)) +
         ") ON CONFLICT (plan_id, step) DO UPDATE SET started_at = excluded.started_at, finished_at = "
         "excluded.finished_at, status = excluded.status, error = excluded.error";
}

}  // namespace schemaplan::apply

namespace schemaplan::apply {
std::string journal_finish(const std::string& plan_id, int step, const std::string& status, const std::string& error) {
  return "UPDATE schemaplan.journal SET finished_at = clock_timestamp(), status = " + sql::literal(status) +
         ", error = " + (error.empty() ? std::string("NULL") : sql::literal(error)) +
         " WHERE plan_id = " + sql::literal(plan_id) + " AND step = " + std::to_string(step);
}

std::string journal_mark(const std::string& plan_id, int step, const std::string& status) {
  return "UPDATE schemaplan.journal SET status = " + sql::literal(status) + " WHERE plan_id = " +
         sql::literal(plan_id) + " AND step = " + std::to_string(step);
}

std::string journal_note_error(const std::string& plan_id, int step, const std::string& error) {
  return "UPDATE schemaplan.journal SET error = " + sql::literal(error) + " WHERE plan_id = " + sql::literal(plan_id) +
         " AND step = " + std::to_string(step);
}

}  // namespace schemaplan::apply
