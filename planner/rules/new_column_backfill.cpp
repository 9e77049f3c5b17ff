// Rule 5: a new column that existing rows cannot get for free is added nullable, backfilled in batches, and
// only then made NOT NULL (rule 4's way).
//
// Why it is safe: since PostgreSQL 11, ADD COLUMN with a non-volatile default is catalog-only (the value is
// stored once), so such columns keep the single ADD COLUMN ... DEFAULT. A volatile default (gen_random_uuid(),
// clock_timestamp(), nextval(): see volatility.cpp) must be computed per row, which rewrites the table under
// ACCESS EXCLUSIVE. Instead:
//   expand:   ADD COLUMN without default, then SET DEFAULT      -- catalog only; new rows get the default
//   backfill: UPDATE ... SET col = <default> WHERE col IS NULL   -- batches of --batch-size rows (rule 9)
//   then      NOT NULL through rule 4's validated helper CHECK   -- no scan under ACCESS EXCLUSIVE
// A NOT NULL column without any default cannot be filled by the plan: it is added nullable in expand, and its
// NOT NULL waits for the contract phase, with a hazard saying existing rows need values first (old code that
// inserts without the column would fail as soon as NOT NULL holds).
// Identity and generated columns keep the plain ADD (PostgreSQL computes them itself; the hazard says so).
#include "model/sql_writer.h"
#include "planner/rules/rules.h"
#include "planner/sql/ddl.h"

namespace schemaplan::rules {

void new_column_backfill(const Change& ch, const StepContext& ctx, std::vector<Node>& nodes) {
  if (ch.id.kind != ObjectKind::Column || ch.kind != ChangeKind::Create ||
      !table_exists_before(ctx, ch.id.schema, ch.id.parent))
    return;
  const auto& c = std::get<Column>(ch.after);
  if (c.identity || c.generated) return;
  const bool volatile_default = c.default_expr && is_volatile_expression(*c.default_expr, &ctx.to);
  const bool unfilled_not_null = c.not_null && !c.default_expr;
  if (!volatile_default && !unfilled_not_null) return;
  const std::string& schema = ch.id.schema;
  const std::string& table = ch.id.parent;
  const std::string locked = sql::qualified(schema, table);
  for (size_t k = 0; k < nodes.size(); ++k) {
    if (nodes[k].action != NodeAction::Create || nodes[k].ruled) continue;
    Node& add = nodes[k];
    Column nullable = c;
    nullable.not_null = false;
    nullable.default_expr.reset();
    add.step.forward = ddl::add_column(schema, table, nullable);
    if (c.default_expr)
      add.step.forward.insert(add.step.forward.begin() + 1, "ALTER TABLE " + locked + " ALTER COLUMN " + sql::ident(c.name) +
                                                                " SET DEFAULT " + *c.default_expr);
    add.step.rewrites = false;
    drop_hazards(add.step, hazard::kTableRewrite);
    add.ruled = true;
    // Steps that need the column (a key on it, its sequence's owner link) wait for its last step, when it holds
    // its values (and its NOT NULL); the steps of this rule chain through tags.
    const ObjectId added{ObjectKind::Column, schema, c.name, table, "added"};
    std::erase(add.provides, ch.id);
    add.provides.push_back(added);
    const ObjectId filled{ObjectKind::Column, schema, c.name, table, "backfilled"};
    std::vector<Node> more;
    if (volatile_default) {
      Node fill;
      fill.action = NodeAction::Alter;
      fill.step.target = ch.id;
      fill.step.change = add.step.change;
      fill.step.phase = Phase::Backfill;
      fill.step.action = "backfill column";
      const std::string col = sql::ident(c.name);
      fill.step.forward = {ddl::batched_update(schema, table, primary_key(ctx.from, schema, table),
                                               col + " = " + *c.default_expr, col + " IS NULL", ctx.options.batch_size)};
      fill.step.transactional = false;
      fill.step.lock = LockLevel::RowExclusive;
      fill.step.locked_table = locked;
      fill.step.scans = true;
      if (primary_key(ctx.from, schema, table).empty())
        fill.step.hazards.push_back({hazard::kFullTableScan, locked + " has no primary key: the backfill of " + c.name +
                                                                 " is one UPDATE of every row, holding row locks until it ends"});
      fill.long_running = true;
      fill.ruled = true;
      fill.provides = {filled};
      fill.after_deps = {added};
      fill.rank = add.rank;
      more.push_back(std::move(fill));
    }
    if (c.not_null) {
      Node set;
      set.action = NodeAction::Alter;
      set.step.target = ch.id;
      set.step.change = add.step.change;
      set.step.phase = unfilled_not_null ? Phase::Contract : Phase::Backfill;
      set.step.action = "set not null";
      set.step.forward = {"ALTER TABLE " + locked + " ALTER COLUMN " + sql::ident(c.name) + " SET NOT NULL"};
      set.step.rollback = {"ALTER TABLE " + locked + " ALTER COLUMN " + sql::ident(c.name) + " DROP NOT NULL"};
      set.step.lock = LockLevel::AccessExclusive;
      set.step.locked_table = locked;
      set.ruled = true;
      set.rank = add.rank;
      set.provides = {ObjectId{ObjectKind::Column, schema, c.name, table, "not null"}};
      if (unfilled_not_null)
        set.step.hazards.push_back({hazard::kBreaksRunningCode,
                                    c.name + " has no default: code that inserts into " + locked +
                                        " without it fails after this step"});
      auto helpers = not_null_helpers(schema, table, c.name, set);
      // The column is added nullable: it is the validation that fails while the table has rows.
      move_hazards(add.step, helpers[1].step, hazard::kDataDependent);
      helpers[0].after_deps = {volatile_default ? filled : added};
      finish_not_null(schema, table, c.name, set);
      for (auto& h : helpers) more.push_back(std::move(h));
      more.push_back(std::move(set));
    }
    more.back().provides.push_back(ch.id);
    nodes.insert(nodes.begin() + static_cast<std::ptrdiff_t>(k) + 1, more.begin(), more.end());
    k += more.size();
  }
}

}  // namespace schemaplan::rules
