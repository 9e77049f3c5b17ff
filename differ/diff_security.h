#pragma once
/// The differ's part for row-level security policies, grants and default privileges (diff_security.cpp).
#include <vector>

#include "differ/change.h"

namespace schemaplan {

/// Appends the changes of policies, grants and default privileges between `from` and `to` to `out`
/// (unsorted: diff() sorts everything).
void diff_security(const Catalog& from, const Catalog& to, std::vector<Change>& out);

}  // namespace schemaplan
