#include "cli/object_spans.h"

namespace schemaplan::cli {

std::map<ObjectId, SourceSpan> spans_of(const Catalog& c) {
  std::map<ObjectId, SourceSpan> out;
  auto add = [&](const auto& list) {
    for (const auto& x : list)
      if (x.meta.span.known()) out.emplace(x.id(), x.meta.span);
  };
  add(c.schemas);
  add(c.extensions);
  add(c.enums);
  add(c.sequences);
  add(c.indexes);
  add(c.tables);
  for (const auto& t : c.tables) {
    for (const auto& col : t.columns)
      if (col.meta.span.known()) out.emplace(ObjectId{ObjectKind::Column, t.schema, col.name, t.name, ""}, col.meta.span);
    for (const auto& k : t.constraints)
      if (k.meta.span.known()) out.emplace(ObjectId{ObjectKind::Constraint, t.schema, k.name, t.name, ""}, k.meta.span);
  }
  return out;
}

SourceSpan span_for(const std::map<ObjectId, SourceSpan>& spans, const ObjectId& id) {
  if (auto it = spans.find(id); it != spans.end()) return it->second;
  if (!id.parent.empty())
    if (auto it = spans.find(ObjectId{ObjectKind::Table, id.schema, id.parent, "", ""}); it != spans.end()) return it->second;
  return {};
}

}  // namespace schemaplan::cli
