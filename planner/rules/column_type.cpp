// Rule 6: a column type change on an existing table either stays in place without a rewrite (binary-coercible
// changes), or becomes an expand/contract sequence that never holds ACCESS EXCLUSIVE for more than a moment.
//
// Why it is safe: ALTER COLUMN ... TYPE rewrites the table and rebuilds its indexes under ACCESS EXCLUSIVE,
// except where PostgreSQL knows the stored bytes stay valid: varchar(n) -> varchar(m >= n) or unlimited,
// varchar <-> text, numeric(p,s) -> numeric(p' >= p, s) or unconstrained, varbit(n) -> varbit(m >= n),
// timestamp/timestamptz/time/interval precision raised or removed. Those stay one catalog-only ALTER (the
// step loses its table-rewrite hazard). Any other change is done beside the old column:
//   expand:   ADD COLUMN <tmp> newtype + a trigger keeping old and new in step  -- catalog only
//   backfill: UPDATE ... SET <tmp> = old::newtype, in batches (rule 9)           -- rows lock briefly, per batch
//             NOT NULL on <tmp> through rule 4, when the column is NOT NULL
//   contract: drop the trigger, DROP COLUMN old, RENAME <tmp> TO old             -- catalog only
// Only plain columns take this path: a column used by a constraint, an index or a foreign key elsewhere, or
// owning a sequence, takes key_column_type.cpp's form, which moves those objects over; an identity or generated
// column, one on a table without a primary key to batch on, or a use that form does not handle keeps the in-place
// ALTER with its table-rewrite hazard. What the plan itself adds on the column (a new index) is built after the
// contract, on the new column, by its own step.
// Rollback: the contract's rollback brings the old column back beside the new one with the trigger and copies
// the values back (one UPDATE); the expand's rollback drops the trigger and the new column.
#include <algorithm>
#include <regex>

#include "model/sql_writer.h"
#include "planner/rules/rules.h"
#include "planner/sql/ddl.h"

namespace schemaplan::rules {
namespace {

/// Splits `name(args)suffix` into base (with suffix) and numbers; no parentheses: no modifiers.
struct Typmod {
  std::string base;
  std::vector<long> mods;
};
Typmod typmod(const std::string& t) {
  static const std::regex re(R"(^([a-z ]+?)(?:\((\d+)(?:,(\d+))?\))?( with(?:out)? time zone)?$)");
  std::smatch m;
  Typmod out;
  if (!std::regex_match(t, m, re)) {
    out.base = t;
    return out;
  }
  out.base = m[1].str() + m[4].str();
  if (m[2].matched) out.mods.push_back(std::stol(m[2].str()));
  if (m[3].matched) out.mods.push_back(std::stol(m[3].str()));
  return out;
}

}  // namespace

bool binary_coercible(const std::string& before, const std::string& after) {
  if (before == after) return true;
  Typmod b = typmod(before), a = typmod(after);
  auto textual = [](const std::string& base) { return base == "character varying" || base == "text"; };
  if (textual(b.base) && textual(a.base)) return a.mods.empty() || (!b.mods.empty() && a.mods[0] >= b.mods[0] && a.base == b.base);
  if (b.base != a.base) return false;
  if (b.base == "numeric") {
    if (a.mods.empty()) return true;
    if (b.mods.empty()) return false;
    long bs = b.mods.size() > 1 ? b.mods[1] : 0, as = a.mods.size() > 1 ? a.mods[1] : 0;
    return as == bs && a.mods[0] >= b.mods[0];
  }
  if (b.base == "bit varying" || b.base == "timestamp without time zone" || b.base == "timestamp with time zone" ||
      b.base == "time without time zone" || b.base == "interval") {
    if (a.mods.empty()) return true;
    return !b.mods.empty() && a.mods[0] >= b.mods[0];
  }
  return false;
}

namespace {

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

/// True when a constraint or index on `schema.table`, a foreign key referencing it, or a sequence it owns uses
/// `column`. Looked up through the index (scanning every table's constraints and every index per retyped
/// column was quadratic); only whether any does matters, so the order of looking does not.
bool used_elsewhere(const CatalogIndex& cat, const std::string& schema, const std::string& table, const std::string& column) {
  if (const Table* t = cat.table(schema, table))
    for (const auto& k : t->constraints)
      if (has(k.columns, column)) return true;
  for (const auto& [t, k] : cat.referencing(schema, table))
    if (has(k->ref_columns, column)) return true;
  for (const Index* i : cat.indexes_on(schema, table))
    if (has(i->columns, column)) return true;
  for (const auto& s : cat.catalog().sequences)
    if (s.schema == schema && s.owned_by_table == table && s.owned_by_column == column) return true;
  return false;
}

/// `expr` converted to `type` (ddl::convert).
std::string cast(const std::string& expr, const std::string& from, const std::string& to) {
  if (from == to) return expr;
  return ddl::convert("(" + expr + ")", from, to);
}

}  // namespace

void column_type(const Change& ch, const StepContext& ctx, std::vector<Node>& nodes) {
  if (ch.id.kind != ObjectKind::Column || ch.kind != ChangeKind::Alter ||
      !table_exists_before(ctx, ch.id.schema, ch.id.parent))
    return;
  const auto& b = std::get<Column>(ch.before);
  const auto& a = std::get<Column>(ch.after);
  if (b.type == a.type) return;
  if (binary_coercible(b.type, a.type) && b.collation == a.collation) {
    for (Node& n : nodes) {
      n.step.rewrites = false;
      drop_hazards(n.step, hazard::kTableRewrite);
    }
    return;
  }
  const std::string& schema = ch.id.schema;
  const std::string& table = ch.id.parent;
  auto key = primary_key(ctx.from, schema, table);
  if (key_swap_applies(ctx, schema, table, b.name)) {
    for (size_t k = 0; k < nodes.size(); ++k) {
      if (nodes[k].action != NodeAction::Alter || nodes[k].ruled) continue;
      std::vector<Node> out = key_swap(ch, nodes[k], ctx);
      nodes.erase(nodes.begin() + static_cast<std::ptrdiff_t>(k));
      nodes.insert(nodes.begin() + static_cast<std::ptrdiff_t>(k), out.begin(), out.end());
      k += out.size() - 1;
    }
    return;
  }
  // Objects the plan adds on the column (only in ctx.to) are built after the contract, on the new column: only
  // what uses the column now keeps it in place.
  if (!ddl::type_change_needs_using(b.type, a.type) || key.empty() || b.identity || a.identity || b.generated ||
      a.generated || used_elsewhere(ctx.from_index, schema, table, b.name))
    return;
  for (size_t k = 0; k < nodes.size(); ++k) {
    if (nodes[k].action != NodeAction::Alter || nodes[k].ruled) continue;
    ExpandContract ec;
    ec.schema = schema;
    ec.table = table;
    ec.old_column = b;
    ec.new_column = a;
    ec.temp_name = helper_name(a.name + "_sp_new");
    ec.key = key;
    std::vector<Node> out = expand_contract(ec, nodes[k], ctx);
    nodes.erase(nodes.begin() + static_cast<std::ptrdiff_t>(k));
    nodes.insert(nodes.begin() + static_cast<std::ptrdiff_t>(k), out.begin(), out.end());
    k += out.size() - 1;
  }
}

std::vector<Node> expand_contract(const ExpandContract& ec, const Node& like, const StepContext& ctx) {
  const std::string t = sql::qualified(ec.schema, ec.table);
  const Column& b = ec.old_column;
  const Column& a = ec.new_column;
  const std::string mid = ec.temp_name.empty() ? a.name : ec.temp_name;  // the new column until the contract
  const std::string old_col = sql::ident(b.name), mid_col = sql::ident(mid);
  const std::string prefix = "ALTER TABLE " + t + " ";
  const ObjectId id = like.step.target;
  auto tag = [&](const char* what) { return ObjectId{ObjectKind::Column, ec.schema, id.name, ec.table, what}; };
  ddl::SyncTrigger sync;
  sync.schema = ec.schema;
  sync.table = ec.table;
  sync.name = helper_name(ec.table + "_" + mid + "_sp_sync");
  sync.a = b.name;
  sync.b = mid;
  sync.a_to_b = cast("NEW." + old_col, b.type, a.type);
  sync.b_to_a = cast("NEW." + mid_col, a.type, b.type);

  auto node = [&](Phase phase, const std::string& action) {
    Node n;
    n.action = NodeAction::Alter;
    n.step.target = id;
    n.step.change = like.step.change;
    n.step.phase = phase;
    n.step.action = action;
    n.step.locked_table = t;
    n.rank = like.rank;
    n.ruled = true;
    return n;
  };
  std::vector<Node> out;

  // expand: the new column (nullable, no default yet: catalog only) and the trigger keeping both in step.
  Node expand = node(Phase::Expand, "add replacement column");
  Column added = a;
  added.name = mid;
  added.not_null = false;
  added.default_expr.reset();
  added.comment.reset();
  expand.step.forward = ddl::add_column(ec.schema, ec.table, added);
  if (a.default_expr) expand.step.forward.push_back(prefix + "ALTER COLUMN " + mid_col + " SET DEFAULT " + *a.default_expr);
  for (auto& s : ddl::create_sync_trigger(sync)) expand.step.forward.push_back(s);
  expand.step.rollback = ddl::drop_sync_trigger(sync);
  expand.step.rollback.push_back(prefix + "DROP COLUMN IF EXISTS " + mid_col);
  expand.step.lock = LockLevel::AccessExclusive;
  expand.after_deps = like.after_deps;
  expand.provides = {tag("expanded")};
  out.push_back(std::move(expand));

  // backfill: copy the old values over, batch by batch; rows done by the trigger already are skipped.
  Node fill = node(Phase::Backfill, "backfill column");
  fill.step.forward = {ddl::batched_update(ec.schema, ec.table, ec.key,
                                           mid_col + " = " + cast(old_col, b.type, a.type),
                                           mid_col + " IS DISTINCT FROM " + cast(old_col, b.type, a.type),
                                           ctx.options.batch_size)};
  fill.step.transactional = false;
  fill.step.lock = LockLevel::RowExclusive;
  fill.step.scans = true;
  fill.long_running = true;
  fill.after_deps = {tag("expanded")};
  fill.provides = {tag("backfilled")};
  // Values the cast rejects fail the backfill; and from the expand on, the sync trigger casts every row written,
  // so a write of such a value fails too: the reviewer must hear both. Values the cast cuts short (an explicit
  // cast to a shorter varchar) are cut in the backfill and in the trigger alike, without an error.
  for (const auto& h : like.step.hazards)
    if (h.code == std::string(hazard::kDataDependent) && !h.counts.empty() && h.counts[0].match == RowCount::Match::Where) {
      fill.step.hazards.push_back(h);
      fill.step.hazards.back().message += h.message.find(" without an error ") != std::string::npos
                                              ? "; from the expand on, writes of such values are cut in the sync trigger"
                                              : "; from the expand on, writes of such values fail in the sync trigger";
    }
  out.push_back(std::move(fill));

  if (a.not_null) {
    Node set = node(Phase::Backfill, "set not null");
    set.step.forward = {prefix + "ALTER COLUMN " + mid_col + " SET NOT NULL"};
    set.step.rollback = {prefix + "ALTER COLUMN " + mid_col + " DROP NOT NULL"};
    set.step.lock = LockLevel::AccessExclusive;
    set.provides = {tag("not null")};
    auto helpers = not_null_helpers(ec.schema, ec.table, mid, set);
    helpers[0].after_deps = {tag("backfilled")};
    finish_not_null(ec.schema, ec.table, mid, set);
    for (auto& h : helpers) out.push_back(std::move(h));
    out.push_back(std::move(set));
  }

  // contract: the old column goes; the new one takes its name.
  Node contract = node(Phase::Contract, "replace column");
  contract.step.forward = ddl::drop_sync_trigger(sync);
  contract.step.forward.push_back(prefix + "DROP COLUMN " + old_col);
  if (mid != a.name) contract.step.forward.push_back(prefix + "RENAME COLUMN " + mid_col + " TO " + sql::ident(a.name));
  if (a.comment) contract.step.forward.push_back(ddl::comment_on("COLUMN", t + "." + sql::ident(a.name), a.comment));
  // Rollback: the old column back beside the new one, in step again, its values copied back.
  Column restored = b;
  restored.not_null = false;
  restored.default_expr.reset();
  if (mid != a.name) contract.step.rollback.push_back(prefix + "RENAME COLUMN " + sql::ident(a.name) + " TO " + mid_col);
  for (auto& s : ddl::add_column(ec.schema, ec.table, restored)) contract.step.rollback.push_back(s);
  if (b.default_expr) contract.step.rollback.push_back(prefix + "ALTER COLUMN " + old_col + " SET DEFAULT " + *b.default_expr);
  for (auto& s : ddl::create_sync_trigger(sync)) contract.step.rollback.push_back(s);
  contract.step.rollback.push_back("UPDATE " + t + " SET " + old_col + " = " + cast(mid_col, a.type, b.type));
  if (b.not_null) contract.step.rollback.push_back(prefix + "ALTER COLUMN " + old_col + " SET NOT NULL");
  if (a.comment && mid != a.name) contract.step.rollback.push_back(ddl::comment_on("COLUMN", t + "." + mid_col, std::nullopt));
  contract.step.lock = LockLevel::AccessExclusive;
  contract.step.hazards.push_back({hazard::kBreaksRunningCode, "drops the old " + b.name + " of " + t +
                                                                   ": code still reading or writing it fails"});
  if (b.type != a.type)
    contract.step.hazards.push_back({hazard::kUnreversibleRollback, "the rollback casts " + a.name + " back to " + b.type +
                                                                        " and fails for values that do not fit"});
  contract.after_deps = {tag("backfilled"), tag("not null")};
  contract.before_deps = like.before_deps;
  contract.provides = {id};
  out.push_back(std::move(contract));
  return out;
}

}  // namespace schemaplan::rules
