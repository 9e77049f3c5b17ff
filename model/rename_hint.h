#pragma once
/// Renames are declared, never guessed: `-- schemaplan:renamed-from OLD_NAME` on the line of (or the line just
/// before) a table, column, index or constraint definition in the desired SQL says the object used to be called
/// OLD_NAME. The parser reads the hints from the comments; the planner pairs the old and the new object by them.
#include <string>

#include "model/object_id.h"

namespace schemaplan {

struct RenameHint {
  ObjectId id;           ///< the object as it is named now (kind Table, Column, Index or Constraint)
  std::string old_name;  ///< its previous name (same schema, and same table for a column or constraint)
  SourceSpan span;       ///< where the hint was written
  bool operator==(const RenameHint&) const = default;
};

}  // namespace schemaplan
