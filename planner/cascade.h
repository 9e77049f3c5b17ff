#pragma once
/// The cascade: unchanged objects that must be dropped and recreated because something they hold on to goes
/// away (see cascade.cpp for the why).
#include <vector>

#include "differ/change.h"
#include "model/catalog_index.h"

namespace schemaplan {

/// Adds a Recreate change (before = its state in `from`, after = its state in `to`) for every object of
/// `from` that must follow the old state of something `changes` removes or changes (transitively), and turns
/// the in-place change of such an object into a recreation. Deterministic: the objects are visited in
/// for_each_object() order.
void cascade_recreations(const Catalog& from, const Catalog& to, std::vector<Change>& changes);
/// The same with `from` already indexed (plan() indexes it once for the cascade and its rules).
void cascade_recreations(const Catalog& from, const CatalogIndex& from_index, const Catalog& to,
                         std::vector<Change>& changes);

}  // namespace schemaplan
