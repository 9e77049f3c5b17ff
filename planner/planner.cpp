#include "planner/planner.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>

#include "model/sql_writer.h"
#include "planner/cascade.h"
#include "planner/creation_grants.h"
#include "planner/dependencies.h"
#include "planner/renames.h"
#include "planner/function_cascade.h"
#include "planner/recreation_blocks.h"
#include "planner/unmodelled.h"
#include "planner/untracked.h"
#include "planner/rules/rules.h"
#include "planner/steps.h"

namespace schemaplan {
namespace {

/// The owner of an object the plan drops changes nothing forwards (the object goes), but the rollback that
/// creates the object again must give it back: its OWNER TO joins the rollback of the object's drop, and the
/// owner's own step (an OWNER TO CURRENT_USER just before the drop) goes. `first_node[i]` is the first node
/// of changes[i] in `nodes`.
void fold_owner_restores(const std::vector<Change>& changes, const std::vector<size_t>& first_node,
                         std::vector<Node>& nodes) {
  std::map<ObjectId, size_t> dropped;  // object -> its drop node
  for (size_t i = 0; i < changes.size(); ++i)
    if (changes[i].kind == ChangeKind::Drop && first_node[i] < nodes.size() &&
        nodes[first_node[i]].step.target == changes[i].id && nodes[first_node[i]].action == NodeAction::Drop)
      dropped[changes[i].id] = first_node[i];
  std::vector<bool> gone(nodes.size(), false);
  for (size_t i = 0; i < changes.size(); ++i) {
    const auto* o = std::get_if<Ownership>(&changes[i].before);
    if (!o || changes[i].kind != ChangeKind::Drop || first_node[i] >= nodes.size()) continue;
    auto it = dropped.find(o->object);
    if (it == dropped.end()) continue;
    Node& owner = nodes[first_node[i]];
    auto& into = nodes[it->second].step.rollback;
    into.insert(into.end(), owner.step.rollback.begin(), owner.step.rollback.end());
    gone[first_node[i]] = true;
  }
  size_t k = 0;
  for (size_t i = 0; i < nodes.size(); ++i) {
    if (gone[i]) continue;
    if (k != i) nodes[k] = std::move(nodes[i]);
    ++k;
  }
  nodes.resize(k);
}

}  // namespace

Plan plan(const Catalog& original_from, const Catalog& to, const PlanOptions& options) {
  // Declared renames first: the rest of the plan is computed against the renamed starting point.
  std::vector<Rename> renames;
  // Without rename hints apply_renames() would return an unchanged copy of `from`: skip copying the catalog.
  std::optional<Catalog> renamed;
  if (!to.renames.empty()) renamed = apply_renames(original_from, to, renames);
  const Catalog& from = renamed ? *renamed : original_from;
  std::vector<Change> changes = diff(from, to);
  const CatalogIndex from_index(from);  // `from` is not changed from here on: one index serves the cascade too
  cascade_recreations(from, from_index, to, changes);
  cascade_function_recreations(from, to, changes);
  start_from_creation_grants(from, changes);
  const CatalogIndex to_index(to);
  StepContext ctx{from, to, options, from_index, to_index};
  std::vector<Node> nodes;
  for (const auto& r : renames)
    for (auto& n : rename_nodes(r, ctx, changes)) {
      std::vector<Node> one{std::move(n)};
      if (options.strategy == Strategy::Online) rules::timeouts(Change{}, ctx, one);
      nodes.push_back(std::move(one[0]));
    }
  std::vector<size_t> first_node;
  for (const auto& c : changes) {
    std::vector<Node> of_change;
    build_nodes(c, ctx, of_change);
    rules::apply(c, ctx, of_change);
    first_node.push_back(of_change.empty() ? SIZE_MAX : nodes.size());
    nodes.insert(nodes.end(), std::make_move_iterator(of_change.begin()), std::make_move_iterator(of_change.end()));
  }
  fold_owner_restores(changes, first_node, nodes);
  check_unmodelled_needs(from, to, nodes);
  note_possible_renames(changes, nodes);
  note_untracked_dependencies(to, renames, nodes);
  Plan p;
  p.transaction_per_step = options.strategy == Strategy::Online;
  p.steps = order(std::move(nodes), &p.edges);
  join_recreations(p.steps, p.transaction_per_step);
  std::map<std::string, const TableStats*> stats;
  for (const auto& t : from.tables)
    if (t.stats.known) stats.emplace(sql::qualified(t.schema, t.name), &t.stats);
  for (const auto& st : p.steps)
    if (auto it = stats.find(st.locked_table); it != stats.end()) p.table_stats[st.locked_table] = *it->second;
  for (const auto& u : from.unsupported) p.warnings.push_back("not modelled yet, left alone: " + u);
  for (const auto& u : to.unsupported) p.warnings.push_back("not modelled yet, not created: " + u);
  return p;
}

}  // namespace schemaplan
