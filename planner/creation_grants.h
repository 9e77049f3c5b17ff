#pragma once
/// Privileges a new object gets from ALTER DEFAULT PRIVILEGES when the plan creates it.
#include <vector>

#include "differ/change.h"

namespace schemaplan {

/// The plan's CREATE statements run under the default privileges `from` holds (changes to them run after the
/// objects are created, planner/order.cpp), so a new object starts with grants_on_create() of those, not with
/// none: its grant changes start from them. A grant `to` states the same goes; one it states otherwise becomes
/// a change from the default; a default grant `to` does not state is revoked. Deterministic, in change order.
void start_from_creation_grants(const Catalog& from, std::vector<Change>& changes);

}  // namespace schemaplan
