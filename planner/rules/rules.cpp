#include "planner/rules/rules.h"

#include <algorithm>

namespace schemaplan::rules {
namespace {

using Rule = void (*)(const Change&, const StepContext&, std::vector<Node>&);

/// The order matters only where rules touch the same nodes: the timeouts rule reads what the others decided
/// (which steps run long), so it comes last.
constexpr Rule kRules[] = {
    concurrent_index,      // rule 1: indexes on existing tables built and dropped CONCURRENTLY
    partitioned_index,     // rule 1: ... and on partitioned tables, ON ONLY + per partition + ATTACH
    key_using_index,       // rule 2: PRIMARY KEY / UNIQUE on existing tables through a concurrent unique index
    not_valid_constraint,  // rule 3: CHECK / FOREIGN KEY added NOT VALID, then validated on their own
    new_column_backfill,   // rule 5: new columns with volatile defaults (or NOT NULL, no default) backfilled
    column_type,           // rule 6: type changes in place when binary-coercible, else expand/contract
    set_not_null,          // rule 4: SET NOT NULL through a validated helper CHECK
    contract_drops,        // phases: plain drops wait for the contract phase
    timeouts,              // rule 10: every step sets its lock and statement timeouts
};

}  // namespace

void apply(const Change& change, const StepContext& ctx, std::vector<Node>& nodes) {
  if (ctx.options.strategy != Strategy::Online) return;
  for (Rule r : kRules) r(change, ctx, nodes);
}

bool table_exists_before(const StepContext& ctx, const std::string& schema, const std::string& table) {
  return !table.empty() && ctx.from_index.table(schema, table) != nullptr;
}

void drop_hazards(Step& step, const char* code) {
  std::erase_if(step.hazards, [&](const Hazard& h) { return h.code == code; });
}

void move_hazards(Step& from, Step& to, const char* code) {
  for (const auto& h : from.hazards)
    if (h.code == code) to.hazards.push_back(h);
  drop_hazards(from, code);
}

std::vector<ddl::KeyColumn> primary_key(const Catalog& from, const std::string& schema, const std::string& table) {
  std::vector<ddl::KeyColumn> key;
  const Table* t = from.table(schema, table);
  if (!t) return key;
  for (const auto& k : t->constraints) {
    if (k.type != ConstraintType::PrimaryKey) continue;
    for (const auto& name : k.columns) {
      const Column* c = t->column(name);
      if (!c) return {};
      key.push_back({name, c->type});
    }
  }
  return key;
}

}  // namespace schemaplan::rules
