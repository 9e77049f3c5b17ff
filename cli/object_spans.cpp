#include "cli/object_spans.h"

#include "differ/objects.h"

namespace schemaplan::cli {

std::map<ObjectId, SourceSpan> spans_of(const Catalog& c) {
  // Every kind the differ knows, through its one generic walk, so a new kind gets spans without a line here.
  std::map<ObjectId, SourceSpan> out;
  for_each_object_ref(c, [&](const ObjectId& id, const ObjectRef& object) {
    std::visit(
        [&](const auto* v) {
          if constexpr (requires { v->meta.span; })
            if (v->meta.span.known()) out.emplace(id, v->meta.span);
        },
        object);
  });
  return out;
}

SourceSpan span_for(const std::map<ObjectId, SourceSpan>& spans, const ObjectId& id) {
  if (auto it = spans.find(id); it != spans.end()) return it->second;
  if (!id.parent.empty())
    if (auto it = spans.find(ObjectId{ObjectKind::Table, id.schema, id.parent, "", ""}); it != spans.end()) return it->second;
  return {};
}

}  // namespace schemaplan::cli
