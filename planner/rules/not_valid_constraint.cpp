// Rule 3: a CHECK or FOREIGN KEY added to an existing table is added NOT VALID, then validated in its own step.
//
// Why it is safe: a plain ADD CONSTRAINT checks every existing row while holding its lock for the whole scan:
// ACCESS EXCLUSIVE for a CHECK (no reads, no writes), SHARE ROW EXCLUSIVE on both tables for a foreign key (no
// writes). Added NOT VALID, the constraint is only written into the catalog, a brief lock, and from then on it
// holds for every new or updated row. VALIDATE CONSTRAINT then checks the old rows under SHARE UPDATE EXCLUSIVE
// (a foreign key also takes ROW SHARE on the referenced table), which lets reads and writes go on. The
// validation runs outside any transaction block, so the ADD's lock has been released (committed) before the
// scan starts, and it has no statement timeout (rule 10): it is a long, harmless step.
// The rule is skipped when the desired constraint is NOT VALID itself (there is nothing to validate) and for
// tables the plan creates (no rows, nobody to lock out). Rollback: the ADD step drops the constraint; the
// VALIDATE step needs no rollback of its own (a constraint cannot be un-validated, and the ADD's rollback drops
// it anyway), so down.sql brings back exactly the starting state.
#include "model/sql_writer.h"
#include "planner/rules/rules.h"
#include "planner/sql/ddl.h"

namespace schemaplan::rules {
namespace {

bool applies(const Constraint& c) {
  return c.validated && (c.type == ConstraintType::Check || c.type == ConstraintType::ForeignKey);
}

Node validate_node(const Node& add, const Change& ch, const Constraint& c) {
  const std::string table = sql::qualified(ch.id.schema, ch.id.parent);
  Node v;
  v.action = NodeAction::Alter;
  v.step.target = ch.id;
  v.step.change = add.step.change;  // part of the same creation (or recreation): counted once in the summary
  v.step.phase = add.step.phase;
  v.step.action = c.type == ConstraintType::ForeignKey ? "validate foreign key" : "validate constraint";
  v.step.forward = ddl::validate_constraint(ch.id.schema, ch.id.parent, c);
  v.step.transactional = false;
  v.step.lock = LockLevel::ShareUpdateExclusive;
  v.step.locked_table = table;
  v.step.scans = true;
  if (c.type == ConstraintType::ForeignKey && sql::qualified(c.ref_schema, c.ref_table) != table)
    v.step.other_locks = {{sql::qualified(c.ref_schema, c.ref_table), LockLevel::RowShare}};
  v.long_running = true;
  // Waits for the ADD, which provides the constraint.
  v.provides = {ch.id};
  v.after_deps = {ch.id};
  v.rank = add.rank;
  return v;
}

}  // namespace

void not_valid_constraint(const Change& ch, const StepContext& ctx, std::vector<Node>& nodes) {
  if (ch.id.kind != ObjectKind::Constraint || !table_exists_before(ctx, ch.id.schema, ch.id.parent)) return;
  // PostgreSQL 15 refuses a NOT VALID foreign key on a partitioned table; its other constraints keep the rule.
  const Table* t = ctx.to_index.table(ch.id.schema, ch.id.parent);
  bool partitioned = t && !t->partition_key.empty();
  // A foreign key referencing a partitioned table is made of one constraint per referenced partition, and
  // PostgreSQL 15's VALIDATE CONSTRAINT marks only the first valid: it is added valid in one step (its scan
  // holds SHARE ROW EXCLUSIVE, the full-table-scan hazard says so); a NOT VALID one that becomes valid is added
  // again by its base SQL (planner/steps.cpp).
  auto references_partitioned = [&](const Constraint& c) {
    const Table* r = c.type == ConstraintType::ForeignKey ? ctx.to_index.table(c.ref_schema, c.ref_table) : nullptr;
    return r && !r->partition_key.empty();
  };
  for (size_t k = 0; k < nodes.size(); ++k) {
    Node& n = nodes[k];
    if (n.action == NodeAction::Alter) {
      // An existing NOT VALID constraint becoming valid: the same harmless scan, so no statement timeout.
      const auto& b = std::get<Constraint>(ch.before);
      if (!b.validated && std::get<Constraint>(ch.after).validated) n.long_running = true;
      continue;
    }
    if (n.action != NodeAction::Create) continue;
    const auto& c = std::get<Constraint>(ch.after);
    if (!applies(c) || (partitioned && c.type == ConstraintType::ForeignKey) || references_partitioned(c)) continue;
    Constraint not_valid = c;
    not_valid.validated = false;
    not_valid.definition += " NOT VALID";
    n.step.forward = ddl::add_constraint(ch.id.schema, ch.id.parent, not_valid);
    n.step.scans = false;
    drop_hazards(n.step, hazard::kFullTableScan);
    Node v = validate_node(n, ch, c);
    move_hazards(n.step, v.step, hazard::kDataDependent);  // the rows are checked, and the step fails, there
    nodes.insert(nodes.begin() + static_cast<std::ptrdiff_t>(k) + 1, std::move(v));
    ++k;
  }
}

}  // namespace schemaplan::rules
