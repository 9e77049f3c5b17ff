#include "planner/planner.h"

#include "planner/cascade.h"
#include "planner/rules/rules.h"
#include "planner/steps.h"

namespace schemaplan {

Plan plan(const Catalog& from, const Catalog& to, const PlanOptions& options) {
  std::vector<Change> changes = diff(from, to);
  cascade_recreations(from, to, changes);
  StepContext ctx{from, to, options};
  std::vector<Node> nodes;
  for (const auto& c : changes) {
    std::vector<Node> of_change;
    build_nodes(c, ctx, of_change);
    rules::apply(c, ctx, of_change);
    nodes.insert(nodes.end(), std::make_move_iterator(of_change.begin()), std::make_move_iterator(of_change.end()));
  }
  Plan p;
  p.steps = order(std::move(nodes), &p.edges);
  for (const auto& u : from.unsupported) p.warnings.push_back("not modelled yet, left alone: " + u);
  for (const auto& u : to.unsupported) p.warnings.push_back("not modelled yet, not created: " + u);
  return p;
}

}  // namespace schemaplan
