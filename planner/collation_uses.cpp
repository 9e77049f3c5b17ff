#include "planner/collation_uses.h"

#include <algorithm>

#include "model/sql_writer.h"

namespace schemaplan {

CollationUses collation_uses(const ObjectId& collation, const Catalog& from, const Catalog& to) {
  CollationUses out;
  const std::string name = sql::qualified(collation.schema, collation.name);
  for (const auto& t : from.tables) {
    const Table* t2 = to.table(t.schema, t.name);
    for (const auto& c : t.columns) {
      if (c.collation != name) continue;
      const Column* c2 = t2 ? t2->column(c.name) : nullptr;
      if (!c2) continue;  // dropped before the swap (it needed the collation)
      if (c2->collation == name) out.columns.push_back({t.schema, t.name, c.name, c.type, std::nullopt});
      else out.leaving.push_back({ObjectKind::Column, t.schema, c.name, t.name, ""});
    }
  }
  for (const auto& d : from.domains) {
    if (d.collation != name) continue;
    const Domain* d2 = to.domain(d.schema, d.name);
    if (!d2) continue;
    if (d2->collation != name) {
      out.leaving.push_back(d.id());
      continue;
    }
    ddl::DomainUse use{d, {}};
    for (const auto& t : from.tables) {
      const Table* t2 = to.table(t.schema, t.name);
      for (const auto& c : t.columns) {
        const Column* c2 = t2 ? t2->column(c.name) : nullptr;
        if (!c2 || std::find(c.meta.deps.begin(), c.meta.deps.end(), d.id()) == c.meta.deps.end()) continue;
        use.columns.push_back({t.schema, t.name, c.name, c.type, c2->type == c.type ? c2->default_expr : c.default_expr});
      }
    }
    out.domains.push_back(std::move(use));
  }
  return out;
}

}  // namespace schemaplan
