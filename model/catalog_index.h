#pragma once
/// Lookups by name over one Catalog in O(log n), for code that asks one catalog many questions (the planner's
/// dependencies of every object: Catalog's own lookups scan their vectors, which made planning quadratic in
/// the number of tables and foreign keys).
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/model.h"

namespace schemaplan {

/// Built once from a catalog that must outlive it and stay unchanged while it is in use.
class CatalogIndex {
 public:
  explicit CatalogIndex(const Catalog& catalog);
  const Catalog& catalog() const { return cat_; }

  const Table* table(const std::string& schema, const std::string& name) const;
  const View* view(const std::string& schema, const std::string& name) const;  ///< or materialized view
  /// The relation's id as the catalog has it: a view's or materialized view's when no table has the name, else
  /// a table's (also for a name nothing has).
  ObjectId relation_id(const std::string& schema, const std::string& name) const;
  /// An enum, domain or composite type of that name.
  bool has_user_type(const std::string& schema, const std::string& name) const;
  const GenericObject* generic(const ObjectId& id) const;
  /// The indexes on `schema`.`table`, in catalog order.
  const std::vector<const Index*>& indexes_on(const std::string& schema, const std::string& table) const;
  /// The constraints that reference `schema`.`table` (foreign keys: a non-empty ref_table), each beside the table
  /// it belongs to, in catalog order (tables, then each table's constraints).
  const std::vector<std::pair<const Table*, const Constraint*>>& referencing(const std::string& schema,
                                                                            const std::string& table) const;
  /// The ids of the functions and aggregates named `schema`.`name`, every overload, in catalog order.
  const std::vector<ObjectId>& callables(const std::string& schema, const std::string& name) const;

 private:
  using Key = std::pair<std::string, std::string>;
  const Catalog& cat_;
  std::map<Key, const Table*> tables_;
  std::map<Key, const View*> views_;
  std::map<Key, bool> user_types_;
  std::map<ObjectId, const GenericObject*> generics_;
  std::map<Key, std::vector<const Index*>> indexes_;
  std::map<Key, std::vector<std::pair<const Table*, const Constraint*>>> referencing_;
  std::map<Key, std::vector<ObjectId>> callables_;
};

}  // namespace schemaplan
