#pragma once
/// What a partition or an inheriting table gets from its parents. The model keeps inherited columns and
/// constraints on the parent only; these give them back to the parser (DETACH / NO INHERIT keep them), the
/// differ (a column that only moves between own and inherited is no change) and the planner.
#include <vector>

#include "model/model.h"

namespace schemaplan {

/// The columns `t` gets from its partition parent and INHERITS parents in `cat`, recursively, as a child gets
/// them (no identity, no comment); first parent first, parents' own parents before them.
std::vector<Column> inherited_columns(const Catalog& cat, const Table& t);
/// The CHECK constraints `t` gets from its parents in `cat` (NO INHERIT ones excepted), recursively.
std::vector<Constraint> inherited_checks(const Catalog& cat, const Table& t);

}  // namespace schemaplan
