#pragma once
/// One change -> its step node(s), with SQL in both directions, locks and hazards.
#include "model/catalog_index.h"
#include "planner/node.h"
#include "planner/planner.h"

namespace schemaplan {

struct StepContext {
  const Catalog& from;
  const Catalog& to;
  const PlanOptions& options;
  const CatalogIndex& from_index;  ///< lookups over `from` and `to` (model/catalog_index.h)
  const CatalogIndex& to_index;
};

/// Appends the node(s) for `change`: one for create/drop/alter, two (drop, create) for a recreation.
void build_nodes(const Change& change, const StepContext& ctx, std::vector<Node>& out);

}  // namespace schemaplan
