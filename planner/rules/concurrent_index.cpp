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

namespace {

/// A changed index on a table that stays: build the replacement CONCURRENTLY under a temporary name, drop the
/// old one CONCURRENTLY, then rename the replacement (a catalog change). Queries keep an index all along, where
/// drop-then-create would leave the table without one for the whole build.
void replace_index(const Change& ch, std::vector<Node>& nodes) {
  const auto& b = std::get<Index>(ch.before);
  const auto& a = std::get<Index>(ch.after);
  Node* drop = nullptr;
  Node* create = nullptr;
  for (Node& n : nodes) (n.action == NodeAction::Drop ? drop : create) = &n;
  if (!drop || !create) return;
  Index temp = a;
  temp.name = helper_name(a.name + "_sp_new");
  temp.comment.reset();
  auto tag = [&](const char* what) { return ObjectId{ObjectKind::Index, ch.id.schema, ch.id.name, ch.id.parent, what}; };
  const std::string table = sql::qualified(a.schema, a.table);

  Node build = *create;
  build.action = NodeAction::Alter;
  build.step.action = "build replacement index";
  build.step.forward = ddl::create_index(temp, true);
  build.step.rollback = {"DROP INDEX CONCURRENTLY IF EXISTS " + sql::qualified(temp.schema, temp.name)};
  build.provides = {tag("built")};
  build.before_deps.clear();

  Node old = *drop;
  old.action = NodeAction::Alter;
  old.step.forward = ddl::drop_index(b, true);
  old.step.rollback = ddl::create_index(b, true);
  old.provides.push_back(tag("dropped"));
  old.after_deps = {tag("built")};
  old.step.hazards.clear();  // the replacement is already in place

  Node rename = *create;
  rename.action = NodeAction::Alter;
  rename.step.action = "rename replacement index";
  rename.step.forward = {"ALTER INDEX " + sql::qualified(temp.schema, temp.name) + " RENAME TO " + sql::ident(a.name)};
  if (a.comment) rename.step.forward.push_back(ddl::comment_index(a)[0]);
  rename.step.rollback = {"ALTER INDEX " + sql::qualified(a.schema, a.name) + " RENAME TO " + sql::ident(temp.name)};
  rename.step.lock = LockLevel::ShareUpdateExclusive;  // ALTER INDEX ... RENAME, PostgreSQL 12+
  rename.step.locked_table = table;
  rename.step.hazards.clear();
  rename.step.scans = false;
  rename.after_deps.push_back(tag("dropped"));
  for (Node* n : {&build, &old}) {
    n->step.transactional = false;
    n->long_running = true;
    n->step.lock = LockLevel::ShareUpdateExclusive;
    n->step.locked_table = table;
  }
  nodes = {std::move(build), std::move(old), std::move(rename)};
}

/// `head`, then what followed the first statement of `plain` (the DROP INDEX): what the drop of a marked index
/// sets on its table (planner/steps.cpp, after_drop).
ddl::Statements with_tail(ddl::Statements head, const ddl::Statements& plain) {
  for (size_t k = 1; k < plain.size(); ++k) head.push_back(plain[k]);
  return head;
}

/// True when a column the old index reads changes type or collation: ALTER COLUMN ... TYPE rebuilds the
/// indexes on the column with their old definitions, which may no longer apply to the new type (a predicate
/// `n > 5` on a column becoming text). The old index must then be gone before the column changes, so the
/// replacement cannot be built beside it first.
bool column_retyped(const StepContext& ctx, const Index& old) {
  const Table* b = ctx.from_index.table(old.schema, old.table);
  const Table* a = ctx.to_index.table(old.schema, old.table);
  if (!b || !a) return false;
  for (const auto& name : old.columns) {
    const Column* x = b->column(name);
    const Column* y = a->column(name);
    if (x && y && (x->type != y->type || x->collation != y->collation)) return true;
  }
  return false;
}

}  // namespace

void concurrent_index(const Change& ch, const StepContext& ctx, std::vector<Node>& nodes) {
  if (!ctx.options.concurrently || ch.id.kind != ObjectKind::Index) return;
  // PostgreSQL refuses CONCURRENTLY on a partitioned table's index (it is built per partition and attached:
  // the planner rule for that lives on its own); such indexes keep the plain form here.
  for (const CatalogIndex* cat : {&ctx.from_index, &ctx.to_index})
    if (const Table* t = cat->table(ch.id.schema, ch.id.parent); t && !t->partition_key.empty()) return;
  // An index the cascade takes down and brings back (around a type swap, with a rebuilt materialized view:
  // planner/cascade.cpp) keeps the plain form, so that the recreation can share one transaction with what it
  // goes around (planner/recreation_blocks.h); the swap rewrites the table under ACCESS EXCLUSIVE anyway.
  for (const auto& f : ch.fields)
    if (f.rfind("depends on ", 0) == 0) return;
  if (ch.kind == ChangeKind::Recreate && table_exists_before(ctx, ch.id.schema, ch.id.parent) &&
      std::get<Index>(ch.before).table == std::get<Index>(ch.after).table && !column_retyped(ctx, std::get<Index>(ch.before))) {
    replace_index(ch, nodes);
    return;
  }
  for (Node& n : nodes) {
    if (n.action == NodeAction::Create && table_exists_before(ctx, ch.id.schema, ch.id.parent)) {
      const auto& i = std::get<Index>(ch.after);
      n.step.forward = ddl::create_index(i, true);
      n.step.rollback = with_tail(ddl::drop_index(i, true), n.step.rollback);
      n.step.lock = LockLevel::ShareUpdateExclusive;
      for (auto& h : n.step.hazards)
        if (h.code == hazard::kIndexBuild) h.message = "builds index " + i.name + " concurrently: reads the whole table, writes go on";
    } else if (n.action == NodeAction::Drop && ctx.to_index.table(ch.id.schema, ch.id.parent) != nullptr) {
      const auto& i = std::get<Index>(ch.before);
      n.step.forward = with_tail(ddl::drop_index(i, true), n.step.forward);
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
