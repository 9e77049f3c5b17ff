#include "planner/planner.h"

#include <set>

#include "planner/dependencies.h"
#include "planner/function_cascade.h"
#include "planner/rules/rules.h"
#include "planner/steps.h"

namespace schemaplan {
namespace {

/// Objects PostgreSQL will not drop implicitly but that hold on to an object being dropped: a foreign key
/// keeps its referenced key alive. When such a key is dropped or rebuilt, the unchanged foreign keys that
/// use it are rebuilt too (dropped before, added after), in both up and down.
void cascade_recreations(const Catalog& from, const Catalog& to, std::vector<Change>& changes) {
  std::set<ObjectId> going;  // objects whose old state disappears
  std::set<ObjectId> touched;
  for (const auto& c : changes) {
    touched.insert(c.id);
    if (c.kind == ChangeKind::Drop || c.kind == ChangeKind::Recreate) going.insert(c.id);
  }
  for (const auto& t : from.tables) {
    const Table* t2 = to.table(t.schema, t.name);
    if (!t2) continue;
    for (const auto& k : t.constraints) {
      if (k.type != ConstraintType::ForeignKey) continue;
      ObjectId id{ObjectKind::Constraint, t.schema, k.name, t.name, ""};
      const Constraint* k2 = t2->constraint(k.name);
      if (touched.count(id) || !k2) continue;
      for (const auto& d : dependencies(from, id, k)) {
        if (!going.count(d) || d.kind == ObjectKind::Table) continue;
        changes.push_back(Change{ChangeKind::Recreate, id, k, *k2, {"depends on " + d.str()}, ""});
        touched.insert(id);
        break;
      }
    }
  }
}

}  // namespace

Plan plan(const Catalog& from, const Catalog& to, const PlanOptions& options) {
  std::vector<Change> changes = diff(from, to);
  cascade_recreations(from, to, changes);
  cascade_function_recreations(from, to, changes);
  StepContext ctx{from, to, options};
  std::vector<Node> nodes;
  for (const auto& c : changes) {
    std::vector<Node> of_change;
    build_nodes(c, ctx, of_change);
    rules::apply(c, ctx, of_change);
    nodes.insert(nodes.end(), std::make_move_iterator(of_change.begin()), std::make_move_iterator(of_change.end()));
  }
  Plan p;
  p.steps = order(std::move(nodes));
  for (const auto& u : from.unsupported) p.warnings.push_back("not modelled yet, left alone: " + u);
  for (const auto& u : to.unsupported) p.warnings.push_back("not modelled yet, not created: " + u);
  return p;
}

}  // namespace schemaplan
