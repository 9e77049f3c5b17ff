#pragma once
/// A plan directory written by `schemaplan diff --out DIR`, read back for `apply`: the steps exactly as
/// plan.json describes them (docs/plan-json.md), plus what apply checks before running any of them.
#include <string>
#include <vector>

namespace schemaplan::apply {

struct PlanStep {
  int number = 0;  ///< 1-based, as in up.sql
  std::string phase, action, change;
  std::string kind, schema, name, display;  ///< plan.json's "object"
  bool transactional = true;
  bool with_next = false;                       ///< shares its transaction with the next step
  std::string lock_timeout, statement_timeout;  ///< "" = the step sets none
  std::vector<std::string> hazards;             ///< hazard codes
  std::vector<std::string> forward;             ///< statements, without the final `;`
};

struct PlanDir {
  std::string path;
  std::string id;  ///< SHA-256 of plan.json's bytes: the same plan written twice has the same id
  bool transaction_per_step = false;
  std::string from_fingerprint, to_fingerprint;  ///< "" when plan.json holds null (not comparable)
  std::string up_sql_sha256;                     ///< of up.sql as the emitter wrote it
  std::string up_sql_actual;                     ///< SHA-256 of DIR/up.sql as it is now ("" when the file is missing)
  std::vector<PlanStep> steps;
  /// up.sql differs from the one written with plan.json (hand-edited, or missing).
  bool up_sql_edited() const { return up_sql_actual != up_sql_sha256; }
};

/// Reads DIR/plan.json and hashes DIR/up.sql. Throws DiagnosticError ("plan-error", exit 2) when plan.json is
/// missing, is not JSON, or lacks what apply needs (a plan.json older than its "apply" object).
PlanDir read_plan_dir(const std::string& dir);

/// The part of read_plan_dir() that reads plan.json's text (`name` says where it came from in messages); `path`
/// and `up_sql_actual` stay empty. Separate so that the fuzzer (tests/fuzz/) feeds it bytes without files.
PlanDir parse_plan_json(const std::string& body, const std::string& name);

/// The units apply commits one at a time: a run of transactional steps that up.sql puts in one BEGIN/COMMIT
/// block (all of them with the simple strategy; with the online one, a step and those it shares a transaction
/// with, `with_next`), never across a phase; a non-transactional step alone. Indexes into `plan.steps`.
std::vector<std::vector<size_t>> transaction_units(const PlanDir& plan);

}  // namespace schemaplan::apply
