#include "planner/rules/rules.h"

#include <algorithm>

namespace schemaplan::rules {
namespace {

using Rule = void (*)(const Change&, const StepContext&, std::vector<Node>&);

/// The order matters only where rules touch the same nodes: the timeouts rule reads what the others decided
/// (which steps run long), so it comes last.
constexpr Rule kRules[] = {
    concurrent_index,      // rule 1: indexes on existing tables built and dropped CONCURRENTLY
    not_valid_constraint,  // rule 3: CHECK / FOREIGN KEY added NOT VALID, then validated on their own
    set_not_null,          // rule 4: SET NOT NULL through a validated helper CHECK
    timeouts,              // rule 10: every step sets its lock and statement timeouts
};

}  // namespace

void apply(const Change& change, const StepContext& ctx, std::vector<Node>& nodes) {
  if (ctx.options.strategy != Strategy::Online) return;
  for (Rule r : kRules) r(change, ctx, nodes);
}

bool table_exists_before(const StepContext& ctx, const std::string& schema, const std::string& table) {
  return !table.empty() && ctx.from.table(schema, table) != nullptr;
}

void drop_hazards(Step& step, const char* code) {
  std::erase_if(step.hazards, [&](const Hazard& h) { return h.code == code; });
}

}  // namespace schemaplan::rules
