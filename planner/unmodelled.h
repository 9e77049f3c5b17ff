#pragma once
/// The one rule for what the model does not cover yet (Catalog::unsupported): it never disappears silently and
/// never yields a broken plan. Left alone where it is, reported as a warning (planner.cpp); and a plan that
/// would create a modelled object needing one stops here with an error naming both.
#include <vector>

#include "planner/node.h"

namespace schemaplan {

/// Throws DiagnosticError "unmodelled-dependency" when a step creates an object (a view, a column, an index, a
/// function, ...) that depends on an object `to` holds but the model does not cover (a window function, a base
/// type), unless `from` holds that object too: the plan cannot create it, so the step would fail.
void check_unmodelled_needs(const Catalog& from, const Catalog& to, const std::vector<Node>& nodes);

}  // namespace schemaplan
