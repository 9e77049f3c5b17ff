#pragma once
/// What uses a collation that a plan swaps for a new definition (planner/sql/collation_ddl.cpp): read by the
/// step that writes the swap, and by the cascade, which recreates around it what reads the moved columns.
#include <vector>

#include "planner/sql/ddl.h"

namespace schemaplan {

struct CollationUses {
  std::vector<ddl::EnumUse> columns;    ///< columns COLLATE it in both catalogs: moved to the new collation
  std::vector<ddl::DomainUse> domains;  ///< domains COLLATE it in both catalogs: swapped, with their columns
  /// Columns and domains COLLATE it in `from` only: their own step moves them away, before the swap (which
  /// drops the old collation).
  std::vector<ObjectId> leaving;
};

/// The uses of `collation` (a qualified name's parts in `id`), from `from` to `to`. Only a stated COLLATE
/// counts: a column of a domain follows its domain, and an index or constraint over a moved column is rebuilt
/// by ALTER COLUMN ... TYPE.
CollationUses collation_uses(const ObjectId& collation, const Catalog& from, const Catalog& to);

}  // namespace schemaplan
