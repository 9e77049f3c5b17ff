#include "cli/object_filter.h"

#include <fnmatch.h>

#include <algorithm>

namespace schemaplan::cli {
namespace {

bool matches_any(const std::vector<std::string>& globs, const std::string& text) {
  for (const auto& g : globs)
    if (::fnmatch(g.c_str(), text.c_str(), 0) == 0) return true;
  return false;
}

template <class List, class Pred>
void erase_if(List& list, Pred pred) {
  list.erase(std::remove_if(list.begin(), list.end(), pred), list.end());
}

}  // namespace

bool ObjectFilter::schema_excluded(const std::string& schema) const {
  if (!include_schemas.empty() && !matches_any(include_schemas, schema)) return true;
  return matches_any(exclude_schemas, schema);
}

bool ObjectFilter::object_excluded(const std::string& schema, const std::string& name) const {
  if (schema_excluded(schema)) return true;
  for (const auto& g : exclude_objects) {
    const std::string& text = g.find('.') == std::string::npos ? name : schema + "." + name;
    if (::fnmatch(g.c_str(), text.c_str(), 0) == 0) return true;
  }
  return false;
}

void ObjectFilter::apply(Catalog& c) const {
  if (empty()) return;
  erase_if(c.schemas, [&](const Schema& s) { return schema_excluded(s.name); });
  erase_if(c.enums, [&](const EnumType& e) { return object_excluded(e.schema, e.name); });
  erase_if(c.tables, [&](const Table& t) { return object_excluded(t.schema, t.name); });
  erase_if(c.indexes, [&](const Index& i) {
    return object_excluded(i.schema, i.table) || object_excluded(i.schema, i.name);
  });
  erase_if(c.sequences, [&](const Sequence& s) {
    return object_excluded(s.schema, s.name) ||
           (!s.owned_by_table.empty() && object_excluded(s.schema, s.owned_by_table));
  });
  erase_if(c.views, [&](const View& v) { return object_excluded(v.schema, v.name); });
  erase_if(c.functions, [&](const Function& f) { return object_excluded(f.schema, f.name); });
  // What hangs off a relation goes with it (a trigger or policy of an excluded table or view), and goes by
  // its own name too.
  erase_if(c.triggers, [&](const Trigger& t) {
    return object_excluded(t.schema, t.table) || object_excluded(t.schema, t.name);
  });
  erase_if(c.policies, [&](const Policy& p) {
    return object_excluded(p.schema, p.table) || object_excluded(p.schema, p.name);
  });
  erase_if(c.domains, [&](const Domain& d) { return object_excluded(d.schema, d.name); });
  erase_if(c.composites, [&](const CompositeType& t) { return object_excluded(t.schema, t.name); });
  // Objects kept as DDL text: by schema and name (database-wide kinds by name alone), a rule with its relation.
  erase_if(c.generics, [&](const GenericObject& g) {
    if (g.schema.empty()) return object_excluded_anywhere(g.name);
    return object_excluded(g.schema, g.name) || (!g.parent.empty() && object_excluded(g.schema, g.parent));
  });
  // Privileges and owners go with their object; default privileges with their schema.
  auto gone = [&](const ObjectId& o) {
    switch (o.kind) {
      case ObjectKind::Schema: return schema_excluded(o.name);
      case ObjectKind::Column: return object_excluded(o.schema, o.parent);
      default: return o.schema.empty() ? object_excluded_anywhere(o.name) : object_excluded(o.schema, o.name);
    }
  };
  erase_if(c.grants, [&](const Grant& g) { return gone(g.object); });
  erase_if(c.owners, [&](const Ownership& o) { return gone(o.object); });
  erase_if(c.default_privileges,
           [&](const DefaultPrivilege& d) { return !d.schema.empty() && schema_excluded(d.schema); });
}

bool ObjectFilter::object_excluded_anywhere(const std::string& name) const {
  for (const auto& g : exclude_objects)
    if (g.find('.') == std::string::npos && ::fnmatch(g.c_str(), name.c_str(), 0) == 0) return true;
  return false;
}

ObjectFilter runner_bookkeeping() {
  ObjectFilter f;
  f.exclude_objects = {"_prisma_migrations", "schema_migrations", "flyway_schema_history"};
  f.exclude_schemas = {"sqitch"};
  return f;
}

ObjectFilter with_runner_bookkeeping(ObjectFilter f) {
  ObjectFilter r = runner_bookkeeping();
  f.exclude_objects.insert(f.exclude_objects.end(), r.exclude_objects.begin(), r.exclude_objects.end());
  f.exclude_schemas.insert(f.exclude_schemas.end(), r.exclude_schemas.begin(), r.exclude_schemas.end());
  return f;
}

}  // namespace schemaplan::cli
