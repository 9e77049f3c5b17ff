#pragma once
/// What an object needs to exist first, in a given catalog: the producer's recorded dependencies (types,
/// sequences) plus the structural ones (a column needs its table, a foreign key the key it references).
#include <vector>

#include "differ/change.h"
#include "differ/objects.h"
#include "model/catalog_index.h"

namespace schemaplan {

/// The signature of a dependency that marks a partitioned ancestor of a key's table (see constraint_deps).
inline constexpr const char* kAncestorKey = "ancestor-key";

/// Dependencies of the object `id` whose value is `value`, as it stands in `catalog` (indexed once by the
/// caller: this is asked for every object of a plan).
std::vector<ObjectId> dependencies(const CatalogIndex& catalog, const ObjectId& id, const ObjectValue& value);
/// The same for an object given by reference (for_each_object_ref()), without copying it.
std::vector<ObjectId> dependencies(const CatalogIndex& catalog, const ObjectId& id, const ObjectRef& object);

}  // namespace schemaplan
