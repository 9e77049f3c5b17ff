// Rule 4: SET NOT NULL on an existing column goes through a validated helper CHECK.
//
// Why it is safe: ALTER COLUMN ... SET NOT NULL reads the whole table to prove there is no NULL, holding ACCESS
// EXCLUSIVE (no reads, no writes) for the whole scan. Since PostgreSQL 12 it skips that scan when a valid CHECK
// constraint already proves `col IS NOT NULL`. So the proof is built the online way first (rule 3's pattern):
//   1. ADD CONSTRAINT helper CHECK (col IS NOT NULL) NOT VALID  -- catalog only, brief ACCESS EXCLUSIVE
//   2. VALIDATE CONSTRAINT helper                               -- scans under SHARE UPDATE EXCLUSIVE, own transaction
//   3. SET NOT NULL (no scan), then DROP CONSTRAINT helper       -- catalog only, brief ACCESS EXCLUSIVE
// Step 3 is the column's own alter step, so whatever else changes on the column (a default, a type) stays where
// the planner put it, and steps that need the NOT NULL (a new primary key) still wait for it.
// The helper's name is derived from the table and column, so plans are reproducible, and kept within
// PostgreSQL's 63-byte identifier limit (a long name is cut and tagged with a hash of the full name).
// Rollback: step 3 adds the helper back (NOT VALID) and drops NOT NULL, step 2 has nothing to undo, step 1 drops
// the helper: the column is nullable again and no helper is left behind.
#include "model/pg_names.h"
#include "model/sql_writer.h"
#include "planner/rules/rules.h"
#include "planner/sql/ddl.h"

namespace schemaplan::rules {
namespace {

Constraint not_null_helper(const std::string& table, const std::string& column) {
  Constraint helper;
  helper.name = not_null_helper_name(table, column);
  helper.type = ConstraintType::Check;
  helper.definition = "CHECK (" + sql::ident(column) + " IS NOT NULL) NOT VALID";
  helper.columns = {column};
  helper.validated = false;
  return helper;
}

}  // namespace

std::string helper_name(const std::string& full) { return pg_names::fit_with_hash(full, ""); }

/// `<table>_<column>_not_null_sp`, or, past 63 bytes, a cut of it plus `_` and 8 hex digits of its FNV-1a hash.
std::string not_null_helper_name(const std::string& table, const std::string& column) {
  return helper_name(table + "_" + column + "_not_null_sp");
}

std::vector<Node> not_null_helpers(const std::string& schema, const std::string& table, const std::string& column,
                                   const Node& like) {
  const std::string locked = sql::qualified(schema, table);
  Constraint helper = not_null_helper(table, column);
  const ObjectId helper_id{ObjectKind::Constraint, schema, helper.name, table, ""};

  Node add;
  add.action = NodeAction::Create;
  add.step.target = like.step.target;
  add.step.change = like.step.change;
  add.step.phase = like.step.phase;
  add.step.action = "add not-null check";
  add.step.forward = ddl::add_constraint(schema, table, helper);
  add.step.rollback = ddl::drop_constraint(schema, table, helper);
  add.step.lock = LockLevel::AccessExclusive;
  add.step.locked_table = locked;
  add.provides = {helper_id};
  add.rank = like.rank;
  add.ruled = true;

  Node validate = add;
  validate.action = NodeAction::Alter;
  validate.step.action = "validate not-null check";
  validate.step.forward = ddl::validate_constraint(schema, table, helper);
  validate.step.rollback.clear();
  validate.step.transactional = false;
  validate.step.lock = LockLevel::ShareUpdateExclusive;
  validate.step.scans = true;
  validate.long_running = true;
  validate.after_deps = {helper_id};
  return {std::move(add), std::move(validate)};
}

void finish_not_null(const std::string& schema, const std::string& table, const std::string& column, Node& set) {
  Constraint helper = not_null_helper(table, column);
  set.step.forward.push_back(ddl::drop_constraint(schema, table, helper)[0]);
  auto readd = ddl::add_constraint(schema, table, helper);
  set.step.rollback.insert(set.step.rollback.begin(), readd.begin(), readd.end());
  set.step.scans = false;
  drop_hazards(set.step, hazard::kFullTableScan);
  set.after_deps.push_back({ObjectKind::Constraint, schema, helper.name, table, ""});
}

void set_not_null(const Change& ch, const StepContext& ctx, std::vector<Node>& nodes) {
  if (ch.id.kind != ObjectKind::Column || ch.kind != ChangeKind::Alter) return;
  const auto& before = std::get<Column>(ch.before);
  const auto& after = std::get<Column>(ch.after);
  if (before.not_null || !after.not_null || !table_exists_before(ctx, ch.id.schema, ch.id.parent)) return;
  for (size_t k = 0; k < nodes.size(); ++k) {
    if (nodes[k].action != NodeAction::Alter || nodes[k].ruled) continue;
    auto helpers = not_null_helpers(ch.id.schema, ch.id.parent, after.name, nodes[k]);
    // The column's own step sets NOT NULL (now without a scan) and drops the helper; it is the validation
    // that fails on rows holding NULL.
    finish_not_null(ch.id.schema, ch.id.parent, after.name, nodes[k]);
    move_hazards(nodes[k].step, helpers[1].step, hazard::kDataDependent);
    nodes.insert(nodes.begin() + static_cast<std::ptrdiff_t>(k), helpers.begin(), helpers.end());
    k += 2;
  }
}

}  // namespace schemaplan::rules
