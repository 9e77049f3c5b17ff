#pragma once
/// Where each object of a parsed catalog was declared, for pointing messages (and CI annotations) at the
/// user's files.
#include <map>

#include "model/model.h"

namespace schemaplan::cli {

/// Every object of `c` that carries a known span: schemas, extensions, types, sequences, tables with their
/// columns and constraints, indexes.
std::map<ObjectId, SourceSpan> spans_of(const Catalog& c);

/// The span of `id`, or of its table when only the table is known (a column, constraint or index); unknown
/// span when neither is.
SourceSpan span_for(const std::map<ObjectId, SourceSpan>& spans, const ObjectId& id);

}  // namespace schemaplan::cli
