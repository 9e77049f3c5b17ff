#include "model/catalog_index.h"

namespace schemaplan {

namespace {
template <class M>
auto found(const M& map, const typename M::key_type& key) -> typename M::mapped_type {
  auto it = map.find(key);
  return it == map.end() ? typename M::mapped_type{} : it->second;
}
}  // namespace

CatalogIndex::CatalogIndex(const Catalog& catalog) : cat_(catalog) {
  // emplace keeps the first of equal names, as Catalog's own lookups return the first match.
  for (const auto& t : cat_.tables) {
    tables_.emplace(Key{t.schema, t.name}, &t);
    for (const auto& k : t.constraints)
      if (!k.ref_table.empty()) referencing_[Key{k.ref_schema, k.ref_table}].emplace_back(&t, &k);
  }
  for (const auto& v : cat_.views) views_.emplace(Key{v.schema, v.name}, &v);
  for (const auto& e : cat_.enums) user_types_.emplace(Key{e.schema, e.name}, true);
  for (const auto& d : cat_.domains) user_types_.emplace(Key{d.schema, d.name}, true);
  for (const auto& c : cat_.composites) user_types_.emplace(Key{c.schema, c.name}, true);
  for (const auto& g : cat_.generics) {
    generics_.emplace(g.id(), &g);
    if (g.kind == ObjectKind::Aggregate) callables_[Key{g.schema, g.name}].push_back(g.id());
  }
  for (const auto& i : cat_.indexes) indexes_[Key{i.schema, i.table}].push_back(&i);
  for (const auto& f : cat_.functions) callables_[Key{f.schema, f.name}].push_back(f.id());
}

const Table* CatalogIndex::table(const std::string& schema, const std::string& name) const {
  return found(tables_, Key{schema, name});
}

const View* CatalogIndex::view(const std::string& schema, const std::string& name) const {
  return found(views_, Key{schema, name});
}

ObjectId CatalogIndex::relation_id(const std::string& schema, const std::string& name) const {
  if (!table(schema, name))
    if (const View* v = view(schema, name)) return v->id();
  return {ObjectKind::Table, schema, name, "", ""};
}

bool CatalogIndex::has_user_type(const std::string& schema, const std::string& name) const {
  return found(user_types_, Key{schema, name});
}

const GenericObject* CatalogIndex::generic(const ObjectId& id) const { return found(generics_, id); }

const std::vector<const Index*>& CatalogIndex::indexes_on(const std::string& schema, const std::string& table) const {
  static const std::vector<const Index*> none;
  auto it = indexes_.find(Key{schema, table});
  return it == indexes_.end() ? none : it->second;
}

const std::vector<std::pair<const Table*, const Constraint*>>& CatalogIndex::referencing(const std::string& schema,
                                                                                        const std::string& table) const {
  static const std::vector<std::pair<const Table*, const Constraint*>> none;
  auto it = referencing_.find(Key{schema, table});
  return it == referencing_.end() ? none : it->second;
}

const std::vector<ObjectId>& CatalogIndex::callables(const std::string& schema, const std::string& name) const {
  static const std::vector<ObjectId> none;
  auto it = callables_.find(Key{schema, name});
  return it == callables_.end() ? none : it->second;
}

}  // namespace schemaplan
