#include "planner/dependencies.h"

#include <algorithm>
#include <set>

#include "differ/objects.h"
#include "model/catalog_index.h"

namespace schemaplan {
namespace {

ObjectId table_id(const std::string& schema, const std::string& table) { return {ObjectKind::Table, schema, table, "", ""}; }
ObjectId column_id(const std::string& schema, const std::string& table, const std::string& col) {
  return {ObjectKind::Column, schema, col, table, ""};
}
ObjectId schema_id(const std::string& s) { return {ObjectKind::Schema, "", s, "", ""}; }

void column_deps(std::vector<ObjectId>& out, const Column& c) {
  out.insert(out.end(), c.meta.deps.begin(), c.meta.deps.end());
}

/// A foreign key needs the unique constraint or unique index that backs its referenced columns: if that key
/// is recreated, the foreign key must be dropped before and added after.
void referenced_keys(std::vector<ObjectId>& out, const CatalogIndex& cat, const Constraint& fk) {
  out.push_back(table_id(fk.ref_schema, fk.ref_table));
  for (const auto& rc : fk.ref_columns) out.push_back(column_id(fk.ref_schema, fk.ref_table, rc));
  std::set<std::string> want(fk.ref_columns.begin(), fk.ref_columns.end());
  if (const Table* t = cat.table(fk.ref_schema, fk.ref_table)) {
    for (const auto& k : t->constraints)
      if ((k.type == ConstraintType::PrimaryKey || k.type == ConstraintType::Unique) &&
          std::set<std::string>(k.columns.begin(), k.columns.end()) == want)
        out.push_back({ObjectKind::Constraint, t->schema, k.name, t->name, ""});
  }
  // Only an index that can back the key: unique, without a predicate, over the referenced columns (its
  // `columns` also list INCLUDE columns). Any other unique index of the table is no dependency: for a
  // self-referencing key created with its table it would even be a false cycle (table -> index -> table).
  for (const Index* i : cat.indexes_on(fk.ref_schema, fk.ref_table)) {
    if (!i->unique) continue;
    if (i->definition.find(" WHERE ") != std::string::npos) continue;
    std::set<std::string> cols(i->columns.begin(), i->columns.end());
    if (std::includes(cols.begin(), cols.end(), want.begin(), want.end())) out.push_back(i->id());
  }
}

void constraint_deps(std::vector<ObjectId>& out, const CatalogIndex& cat, const std::string& schema,
                     const std::string& table, const Constraint& c) {
  out.push_back(table_id(schema, table));
  for (const auto& col : c.columns) out.push_back(column_id(schema, table, col));
  out.insert(out.end(), c.meta.deps.begin(), c.meta.deps.end());
  if (c.type == ConstraintType::ForeignKey) referenced_keys(out, cat, c);
  // A partition's key and its partitioned ancestors' keys: PostgreSQL adopts a partition's equal key when the
  // parent's is added, and refuses a second one on the partition. The ancestors are marked (kAncestorKey) for
  // order.cpp, which drops the one before it adds the other; no step provides the marked ids.
  if (c.type == ConstraintType::PrimaryKey || c.type == ConstraintType::Unique || c.type == ConstraintType::Exclude) {
    const Table* t = cat.table(schema, table);
    for (int d = 0; t && t->partition_of && d < 64; ++d) {
      out.push_back({ObjectKind::Table, t->partition_of->schema, t->partition_of->name, "", kAncestorKey});
      t = cat.table(t->partition_of->schema, t->partition_of->name);
    }
  }
}

void security_deps(std::vector<ObjectId>& out, const CatalogIndex&, const Policy& p) {
  out.push_back(table_id(p.schema, p.table));
  for (const auto& col : p.columns) out.push_back(column_id(p.schema, p.table, col));
  out.insert(out.end(), p.meta.deps.begin(), p.meta.deps.end());
}

void security_deps(std::vector<ObjectId>& out, const CatalogIndex& cat, const Grant& g) {
  out.push_back(g.object);
  // A column's privileges are on a table's column or a view's (which goes and comes back with its view).
  ObjectId owned = g.object;
  if (g.object.kind == ObjectKind::Column) {
    owned = cat.relation_id(g.object.schema, g.object.parent);
    out.push_back(owned);
  }
  // Grants come after the object's owner is set: ALTER ... OWNER TO hands the old owner's own entries to the new
  // owner, so privileges granted to the role running the plan while it still owned the object (its grant
  // options, say) would end up as the new owner's.
  out.push_back(Ownership{owned, "", {}}.id());
}

void security_deps(std::vector<ObjectId>& out, const CatalogIndex&, const DefaultPrivilege& d) {
  if (!d.schema.empty()) out.push_back(schema_id(d.schema));
}

}  // namespace

std::vector<ObjectId> dependencies(const CatalogIndex& cat, const ObjectId& id, const ObjectValue& value) {
  return std::visit([&](const auto& v) { return dependencies(cat, id, ObjectRef(&v)); }, value);
}

std::vector<ObjectId> dependencies(const CatalogIndex& cat, const ObjectId& id, const ObjectRef& object) {
  std::vector<ObjectId> out;
  std::visit(
      [&](const auto* p) {
        const auto& v = *p;
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, Extension>) {
          out.push_back(schema_id(v.schema));
        } else if constexpr (std::is_same_v<T, EnumType> || std::is_same_v<T, Sequence>) {
          out.push_back(schema_id(v.schema));
        } else if constexpr (std::is_same_v<T, Domain>) {
          out.push_back(schema_id(v.schema));
          out.insert(out.end(), v.meta.deps.begin(), v.meta.deps.end());
          for (const auto& c : v.constraints) out.insert(out.end(), c.meta.deps.begin(), c.meta.deps.end());
        } else if constexpr (std::is_same_v<T, CompositeType>) {
          out.push_back(schema_id(v.schema));
          out.insert(out.end(), v.meta.deps.begin(), v.meta.deps.end());
          for (const auto& a : v.attributes) out.insert(out.end(), a.meta.deps.begin(), a.meta.deps.end());
        } else if constexpr (std::is_same_v<T, SequenceOwnership>) {
          out.push_back({ObjectKind::Sequence, v.schema, v.sequence, "", ""});
          out.push_back(table_id(v.schema, v.table));
          out.push_back(column_id(v.schema, v.table, v.column));
        } else if constexpr (std::is_same_v<T, Table>) {
          out.push_back(schema_id(v.schema));
          out.insert(out.end(), v.meta.deps.begin(), v.meta.deps.end());
          // A partition or child takes its parents' columns: it waits for the columns added to them.
          std::vector<TableRef> parents = v.inherits;
          if (v.partition_of) parents.push_back(*v.partition_of);
          for (const auto& p : parents)
            if (const Table* pt = cat.table(p.schema, p.name))
              for (const auto& c : pt->columns) out.push_back(column_id(p.schema, p.name, c.name));
          for (const auto& c : v.columns) column_deps(out, c);
          for (const auto& c : v.inherited_settings) out.insert(out.end(), c.meta.deps.begin(), c.meta.deps.end());
          for (const auto& c : v.constraints)
            if (!is_external_fk(c, v.schema, v.name)) {
              out.insert(out.end(), c.meta.deps.begin(), c.meta.deps.end());
              // A key referencing its own table is created with it: the table's own keys come along, and its
              // stand-alone indexes are created after it (they cannot be waited for).
              if (c.type == ConstraintType::ForeignKey) {
                std::vector<ObjectId> keys;
                referenced_keys(keys, cat, c);
                for (auto& k : keys)
                  if (k.kind != ObjectKind::Index) out.push_back(std::move(k));
              }
            }
        } else if constexpr (std::is_same_v<T, Column>) {
          out.push_back(table_id(id.schema, id.parent));
          column_deps(out, v);
        } else if constexpr (std::is_same_v<T, Constraint>) {
          constraint_deps(out, cat, id.schema, id.parent, v);
        } else if constexpr (std::is_same_v<T, Function>) {
          out.push_back(schema_id(v.schema));
          out.insert(out.end(), v.meta.deps.begin(), v.meta.deps.end());
        } else if constexpr (std::is_same_v<T, Trigger>) {
          // On a table or a view: a view's triggers go and come back with it (planner/cascade.cpp).
          out.push_back(cat.relation_id(v.schema, v.table));
          for (const auto& col : v.columns) out.push_back(column_id(v.schema, v.table, col));
          // Trigger functions take no declared arguments: the empty signature names the one it runs.
          out.push_back({ObjectKind::Function, v.function_schema, v.function_name, "", ""});
          out.insert(out.end(), v.meta.deps.begin(), v.meta.deps.end());
        } else if constexpr (std::is_same_v<T, Index>) {
          // The index of a materialized view needs the view.
          out.push_back(cat.relation_id(v.schema, v.table));
          for (const auto& col : v.columns) out.push_back(column_id(v.schema, v.table, col));
          // The partitions whose index it adopts under a name of their own (created first, see index_ddl.cpp).
          for (const auto& p : v.partition_indexes) out.push_back(table_id(p.schema, p.table));
          out.insert(out.end(), v.meta.deps.begin(), v.meta.deps.end());
        } else if constexpr (std::is_same_v<T, View>) {
          out.push_back(schema_id(v.schema));
          out.insert(out.end(), v.meta.deps.begin(), v.meta.deps.end());
        } else if constexpr (std::is_same_v<T, GenericObject>) {
          if (!v.schema.empty()) out.push_back(schema_id(v.schema));
          // A rule hangs off its relation; a user mapping off its server.
          if (v.kind == ObjectKind::Rule) out.push_back(cat.relation_id(v.schema, v.parent));
          if (v.kind == ObjectKind::UserMapping) out.push_back({ObjectKind::ForeignServer, "", v.parent, "", ""});
          out.insert(out.end(), v.meta.deps.begin(), v.meta.deps.end());
        } else if constexpr (std::is_same_v<T, Ownership>) {
          out.push_back(v.object);
        } else if constexpr (std::is_same_v<T, Policy> || std::is_same_v<T, Grant> ||
                             std::is_same_v<T, DefaultPrivilege>) {
          security_deps(out, cat, v);
        }
      },
      object);
  // A call names a function without its argument types (the parser cannot resolve overloads): it stands for
  // every overload of that name in the catalog, so that ordering and the cascade see the real ids.
  std::vector<ObjectId> overloads;
  for (const auto& d : out)
    if (d.kind == ObjectKind::Function && d.signature.empty()) {
      // A call may be an aggregate's too.
      const auto& named = cat.callables(d.schema, d.name);
      overloads.insert(overloads.end(), named.begin(), named.end());
    }
  out.insert(out.end(), overloads.begin(), overloads.end());
  // A row type named as a table's (a function taking a view's rows, read from pg_depend as the relation's type)
  // may be a view's or a foreign table's: the relation as the catalog has it.
  for (auto& d : out)
    if (d.kind == ObjectKind::Table && !cat.table(d.schema, d.name)) d = cat.relation_id(d.schema, d.name);
  // A type named that no type has is a relation's row type (an attribute or a column of a table's rows, as SQL
  // files name it; a database names the relation itself).
  for (auto& d : out)
    if (d.kind == ObjectKind::Type && !cat.has_user_type(d.schema, d.name) && !cat.generic(d) &&
        (cat.table(d.schema, d.name) || cat.view(d.schema, d.name) || cat.generic({ObjectKind::Table, d.schema, d.name, "", ""})))
      d = cat.relation_id(d.schema, d.name);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  // An object never waits for itself (a self-referencing foreign key names its own table).
  out.erase(std::remove(out.begin(), out.end(), id), out.end());
  return out;
}

}  // namespace schemaplan
