// Rule 1: indexes on existing tables are built and dropped CONCURRENTLY.
//
// Why it is safe: a plain CREATE INDEX holds a SHARE lock for the whole build, so every INSERT, UPDATE and
// DELETE on the table waits until the index is complete; a plain DROP INDEX takes ACCESS EXCLUSIVE, which also
// blocks reads. The CONCURRENTLY forms take SHARE UPDATE EXCLUSIVE, which lets reads and writes go on; the price
// is a longer build (two table scans) and that they cannot run inside a transaction block, so the step is
// marked non-transactional and up.sql runs it on its own. A failed concurrent build leaves an INVALID index
// behind; the rollback (DROP INDEX CONCURRENTLY) removes it. Tables created in the same plan keep plain DDL:
// nobody uses them yet, so there is nothing to lock out, and the plain build is faster and transactional.
// `--no-concurrently` turns the rule off for runners that must wrap everything in a transaction. Indexes of
// partitioned tables are left alone: PostgreSQL has no CREATE INDEX CONCURRENTLY for them.
#include "model/sql_writer.h"
#include "planner/rules/rules.h"
#include "planner/sql/ddl.h"

namespace schemaplan::rules {

void concurrent_index(const Change& ch, const StepContext& ctx, std::vector<Node>& nodes) {
  if (!ctx.options.concurrently || ch.id.kind != ObjectKind::Index) return;
  // PostgreSQL refuses CONCURRENTLY on a partitioned table's index (it is built per partition and attached:
  // the planner rule for that lives on its own); such indexes keep the plain form here.
  for (const Catalog* cat : {&ctx.from, &ctx.to})
    if (const Table* t = cat->table(ch.id.schema, ch.id.parent); t && !t->partition_key.empty()) return;
  for (Node& n : nodes) {
    if (n.action == NodeAction::Create && table_exists_before(ctx, ch.id.schema, ch.id.parent)) {
      const auto& i = std::get<Index>(ch.after);
      n.step.forward = ddl::create_index(i, true);
      n.step.rollback = ddl::drop_index(i, true);
      n.step.lock = LockLevel::ShareUpdateExclusive;
      for (auto& h : n.step.hazards)
        if (h.code == hazard::kIndexBuild) h.message = "builds index " + i.name + " concurrently: reads the whole table, writes go on";
    } else if (n.action == NodeAction::Drop && ctx.to.table(ch.id.schema, ch.id.parent) != nullptr) {
      const auto& i = std::get<Index>(ch.before);
      n.step.forward = ddl::drop_index(i, true);
      n.step.rollback = ddl::create_index(i, true);
      n.step.lock = LockLevel::ShareUpdateExclusive;
    } else {
      continue;
    }
    n.step.transactional = false;
    n.long_running = true;
  }
}

}  // namespace schemaplan::rules
