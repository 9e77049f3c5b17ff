#include "planner/planner.h"

#include <set>

#include "model/sql_writer.h"
#include "planner/cascade.h"
#include "planner/creation_grants.h"
#include "planner/dependencies.h"
#include "planner/renames.h"
#include "planner/function_cascade.h"
#include "planner/recreation_blocks.h"
#include "planner/untracked.h"
#include "planner/rules/rules.h"
#include "planner/steps.h"

namespace schemaplan {

Plan plan(const Catalog& original_from, const Catalog& to, const PlanOptions& options) {
  // Declared renames first: the rest of the plan is computed against the renamed starting point.
  std::vector<Rename> renames;
  const Catalog from = apply_renames(original_from, to, renames);
  std::vector<Change> changes = diff(from, to);
  cascade_recreations(from, to, changes);
  cascade_function_recreations(from, to, changes);
  start_from_creation_grants(from, changes);
  StepContext ctx{from, to, options};
  std::vector<Node> nodes;
  for (const auto& r : renames)
    for (auto& n : rename_nodes(r, ctx, changes)) {
      std::vector<Node> one{std::move(n)};
      if (options.strategy == Strategy::Online) rules::timeouts(Change{}, ctx, one);
      nodes.push_back(std::move(one[0]));
    }
  for (const auto& c : changes) {
    std::vector<Node> of_change;
    build_nodes(c, ctx, of_change);
    rules::apply(c, ctx, of_change);
    nodes.insert(nodes.end(), std::make_move_iterator(of_change.begin()), std::make_move_iterator(of_change.end()));
  }
  note_possible_renames(changes, nodes);
  note_untracked_dependencies(to, renames, nodes);
  Plan p;
  p.transaction_per_step = options.strategy == Strategy::Online;
  p.steps = order(std::move(nodes), &p.edges);
  join_recreations(p.steps, p.transaction_per_step);
  for (const auto& st : p.steps)
    for (const auto& t : from.tables)
      if (t.stats.known && sql::qualified(t.schema, t.name) == st.locked_table) p.table_stats[st.locked_table] = t.stats;
  for (const auto& u : from.unsupported) p.warnings.push_back("not modelled yet, left alone: " + u);
  for (const auto& u : to.unsupported) p.warnings.push_back("not modelled yet, not created: " + u);
  return p;
}

}  // namespace schemaplan
