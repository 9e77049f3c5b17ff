#pragma once
/// Internal to the planner: a step before ordering, with what it touches and what it needs.
#include <vector>

#include "planner/step.h"

namespace schemaplan {

enum class NodeAction { Create, Drop, Alter };

struct Node {
  Step step;
  NodeAction action = NodeAction::Create;
  std::vector<ObjectId> provides;     ///< objects this step creates, drops or alters (target and its parts)
  std::vector<ObjectId> before_deps;  ///< what the object needed before the step (drops, alters)
  std::vector<ObjectId> after_deps;   ///< what the object needs after the step (creates, alters)
  int rank = 0;                       ///< tie-break among ready steps: smaller first
  bool first = false;                 ///< runs before every step that is not `first` (renames: see renames.h)
  bool ruled = false;                 ///< already in a rule's final form: later rules leave it alone
  bool long_running = false;          ///< scans or builds without blocking writes: no statement timeout (rule 10)
};

/// Orders nodes: edges from dependencies (see order.cpp for the rules), then a priority-queue Kahn's algorithm
/// on (rank, target, action). Throws DiagnosticError "dependency-cycle" naming the objects of a cycle.
/// `edges`, when given, receives the graph's edges as (before, after) positions in the returned order; of the
/// boundaries (schemas and extensions before and after everything else), only a schema's to the steps on objects
/// in it.
std::vector<Step> order(std::vector<Node> nodes, std::vector<std::pair<size_t, size_t>>* edges = nullptr);

}  // namespace schemaplan
