#pragma once
/// What a function's drop-and-create takes along (see function_cascade.cpp).
#include <vector>

#include "differ/change.h"

namespace schemaplan {

/// Adds changes for the unchanged objects that hold on to a function being dropped and created again
/// (its return type or argument names changed): PostgreSQL refuses to drop a function that a trigger, a
/// column default, a constraint, an index or another function's SQL-standard body uses.
void cascade_function_recreations(const Catalog& from, const Catalog& to, std::vector<Change>& changes);

}  // namespace schemaplan
