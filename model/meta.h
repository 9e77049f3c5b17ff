#pragma once
#include <vector>

#include "model/object_id.h"

namespace schemaplan {

/// Metadata that does not take part in equality: where the object was written and what it depends on.
/// Dependencies are recorded by the producer (parse tree or pg_depend), not guessed from text later.
struct Meta {
  SourceSpan span;
  std::vector<ObjectId> deps;  ///< objects this one needs to exist first (may name objects not in the model)
  bool operator==(const Meta&) const { return true; }
};

}  // namespace schemaplan
