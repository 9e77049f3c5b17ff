#include "differ/objects.h"

namespace schemaplan {
namespace {

template <class T>
ObjectValue find_by_id(const std::vector<T>& list, const ObjectId& id) {
  for (const auto& x : list)
    if (x.id() == id) return x;
  return std::monostate{};
}

}  // namespace

void for_each_object_ref(const Catalog& c, const std::function<void(const ObjectId&, const ObjectRef&)>& fn) {
  for (const auto& x : c.schemas) fn(x.id(), &x);
  for (const auto& x : c.extensions) fn(x.id(), &x);
  for (const auto& x : c.enums) fn(x.id(), &x);
  for (const auto& x : c.sequences) {
    fn(x.id(), &x);
    if (!x.owned_by_table.empty()) {
      SequenceOwnership owner{x.schema, x.name, x.owned_by_table, x.owned_by_column};
      fn({ObjectKind::SequenceOwner, x.schema, x.name, x.owned_by_table, ""}, &owner);
    }
  }
  for (const auto& t : c.tables) {
    fn(t.id(), &t);
    for (const auto& col : t.columns) fn({ObjectKind::Column, t.schema, col.name, t.name, ""}, &col);
    for (const auto& k : t.constraints) fn({ObjectKind::Constraint, t.schema, k.name, t.name, ""}, &k);
  }
  for (const auto& x : c.indexes) fn(x.id(), &x);
  for (const auto& x : c.views) fn(x.id(), &x);
  for (const auto& x : c.domains) fn(x.id(), &x);
  for (const auto& x : c.composites) fn(x.id(), &x);
  for (const auto& x : c.policies) fn(x.id(), &x);
  for (const auto& x : c.grants) fn(x.id(), &x);
  for (const auto& x : c.default_privileges) fn(x.id(), &x);
  for (const auto& x : c.owners) fn(x.id(), &x);
  for (const auto& x : c.functions) fn(x.id(), &x);
  for (const auto& x : c.triggers) fn(x.id(), &x);
  for (const auto& x : c.generics) fn(x.id(), &x);
}

void for_each_object(const Catalog& c, const std::function<void(const ObjectId&, const ObjectValue&)>& fn) {
  for_each_object_ref(c, [&](const ObjectId& id, const ObjectRef& ref) {
    std::visit([&](const auto* x) { fn(id, ObjectValue(*x)); }, ref);
  });
}

ObjectValue find_object(const Catalog& c, const ObjectId& id) {
  switch (id.kind) {
    case ObjectKind::Schema:
      if (const auto* s = c.schema(id.name)) return *s;
      break;
    case ObjectKind::Extension:
      for (const auto& e : c.extensions)
        if (e.name == id.name) return e;
      break;
    case ObjectKind::Type:
      if (const auto* e = c.enum_type(id.schema, id.name)) return *e;
      for (const auto& d : c.domains)
        if (d.id() == id) return d;
      for (const auto& t : c.composites)
        if (t.id() == id) return t;
      if (const auto* g = c.generic(id)) return *g;  // a range type
      break;
    case ObjectKind::Sequence:
      if (const auto* s = c.sequence(id.schema, id.name)) return *s;
      break;
    case ObjectKind::SequenceOwner:
      if (const auto* s = c.sequence(id.schema, id.name); s && s->owned_by_table == id.parent)
        return SequenceOwnership{s->schema, s->name, s->owned_by_table, s->owned_by_column};
      break;
    case ObjectKind::Table:
      if (const auto* t = c.table(id.schema, id.name)) return *t;
      if (const auto* g = c.generic(id)) return *g;  // a foreign table
      break;
    case ObjectKind::Column:
      if (const auto* t = c.table(id.schema, id.parent))
        if (const auto* col = t->column(id.name)) return *col;
      break;
    case ObjectKind::Constraint:
      if (const auto* t = c.table(id.schema, id.parent))
        if (const auto* k = t->constraint(id.name)) return *k;
      break;
    case ObjectKind::Index:
      for (const auto& i : c.indexes)
        if (i.schema == id.schema && i.name == id.name) return i;
      break;
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
      if (const auto* v = c.view(id.schema, id.name); v && v->id() == id) return *v;
      break;
    case ObjectKind::Policy:
      return find_by_id(c.policies, id);
    case ObjectKind::Grant:
      return find_by_id(c.grants, id);
    case ObjectKind::DefaultPrivilege:
      return find_by_id(c.default_privileges, id);
    case ObjectKind::Owner:
      return find_by_id(c.owners, id);
    case ObjectKind::Function:
      return find_by_id(c.functions, id);
    case ObjectKind::Trigger:
      return find_by_id(c.triggers, id);
    default:
      if (is_generic_kind(id.kind))
        if (const auto* g = c.generic(id)) return *g;
      break;
  }
  return std::monostate{};
}

ObjectId relation_id(const Catalog& c, const std::string& schema, const std::string& name) {
  if (!c.table(schema, name))
    if (const auto* v = c.view(schema, name)) return v->id();
  return {ObjectKind::Table, schema, name, "", ""};
}

}  // namespace schemaplan
