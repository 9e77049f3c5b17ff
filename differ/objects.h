#pragma once
/// Every object of a catalog as (id, value) pairs, and the value of one object by id: the generic view of a
/// catalog that code working across object kinds uses (the cascade of planner/cascade.cpp), so that a new
/// kind becomes visible to it by being added here once.
///
/// Lives in differ/ rather than model/ because values are ObjectValues, which the differ defines.
#include <functional>
#include <variant>

#include "differ/change.h"

namespace schemaplan {

/// An object of a catalog by reference: a pointer to one of ObjectValue's kinds, never null.
template <class V>
struct RefsOf;
template <class... Ts>
struct RefsOf<std::variant<Ts...>> {
  using type = std::variant<const Ts*...>;
};
using ObjectRef = RefsOf<ObjectValue>::type;

/// The object `ref` points at when it is a `T`, else nullptr.
template <class T>
const T* ref_as(const ObjectRef& ref) {
  const T* const* p = std::get_if<const T*>(&ref);
  return p ? *p : nullptr;
}

/// Calls `fn(id, value)` for every object of `catalog`, in a fixed order (kind by kind, each list in its
/// sorted order): schemas, extensions, enums, sequences, sequence ownerships, tables, their columns and
/// constraints, indexes, views and materialized views, domains, composite types, policies, grants,
/// default privileges, owners, functions and procedures, triggers.
void for_each_object(const Catalog& catalog, const std::function<void(const ObjectId&, const ObjectValue&)>& fn);

/// for_each_object() by reference, in the same order: the walks over every object (spans, the cascade) copied
/// each one into an ObjectValue, Tables whole with their columns. `ref` is valid during the call only.
void for_each_object_ref(const Catalog& catalog, const std::function<void(const ObjectId&, const ObjectRef&)>& fn);

/// The value of the object `id` in `catalog`; std::monostate when there is none.
ObjectValue find_object(const Catalog& catalog, const ObjectId& id);

/// The id of relation `schema.name` as `catalog` has it: its table, view or materialized view (a table id
/// when there is none, as an index or a foreign key names a table).
ObjectId relation_id(const Catalog& catalog, const std::string& schema, const std::string& name);

}  // namespace schemaplan
