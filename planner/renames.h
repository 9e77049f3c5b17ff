#pragma once
/// Declared renames (model/rename_hint.h) in the planner: the starting catalog is renamed first, so the differ
/// compares like with like and plans only what else changed; each rename then becomes its own step.
#include <vector>

#include "planner/node.h"
#include "planner/steps.h"

namespace schemaplan {

struct Rename {
  ObjectId old_id;
  ObjectId new_id;
  ObjectValue before;  ///< the object in the starting catalog, old name (Table, Column, Constraint or Index)
  ObjectValue after;   ///< the object in the desired catalog
};

/// `from` with every rename hint of `to` applied that pairs an object only `from` has (the old name) with one
/// only `to` has (the new name); references follow (indexes, keys, foreign keys, sequence owners, dependencies,
/// column names inside definitions). Other hints are ignored: after the migration, the old name is gone from
/// both sides and the hint has nothing left to say. The applied renames are appended to `out`, tables first.
Catalog apply_renames(const Catalog& from, const Catalog& to, std::vector<Rename>& out);

/// The nodes of one rename: RENAME (with a breaks-running-code hazard), or for a plain column in the online
/// strategy the expand/contract form (new column kept in step by a trigger, backfill, old column dropped).
/// `changes` loses the renamed column's own alteration when the expand/contract form takes it over.
std::vector<Node> rename_nodes(const Rename& r, const StepContext& ctx, std::vector<Change>& changes);

/// `text` with every whole-token occurrence of identifier `from` (as SQL spells it, e.g. `"Old"` or `old`)
/// outside string literals replaced by `to`.
std::string replace_identifier(const std::string& text, const std::string& from, const std::string& to);

/// Drops and creates of the same kind in the same table (columns) or schema (tables) without a hint may be an
/// undeclared rename: their deletes-data hazard says how to declare it.
void note_possible_renames(const std::vector<Change>& changes, std::vector<Node>& nodes);

}  // namespace schemaplan
