#include "model/model.h"

#include "model/pg_names.h"
#include "model/sql_writer.h"

#include <algorithm>
#include <limits>
#include <regex>
#include <tuple>

namespace schemaplan {

SequenceOptions SequenceOptions::defaults(const std::string& type, int64_t increment) {
  SequenceOptions o;
  o.data_type = type;
  o.increment = increment == 0 ? 1 : increment;
  int64_t type_max = std::numeric_limits<int64_t>::max();
  int64_t type_min = std::numeric_limits<int64_t>::min();
  if (type == "integer") {
    type_max = std::numeric_limits<int32_t>::max();
    type_min = std::numeric_limits<int32_t>::min();
  } else if (type == "smallint") {
    type_max = std::numeric_limits<int16_t>::max();
    type_min = std::numeric_limits<int16_t>::min();
  }
  if (o.increment > 0) {
    o.min_value = 1;
    o.max_value = type_max;
    o.start = o.min_value;
  } else {
    o.min_value = type_min;
    o.max_value = -1;
    o.start = o.max_value;
  }
  o.cache = 1;
  o.cycle = false;
  return o;
}

const Column* Table::column(const std::string& n) const {
  for (const auto& c : columns)
    if (c.name == n) return &c;
  return nullptr;
}

const Constraint* Table::constraint(const std::string& n) const {
  for (const auto& c : constraints)
    if (c.name == n) return &c;
  return nullptr;
}

namespace {
template <class T>
const T* find_in(const std::vector<T>& v, const std::string& schema, const std::string& name) {
  for (const auto& x : v)
    if (x.schema == schema && x.name == name) return &x;
  return nullptr;
}
}  // namespace

const Table* Catalog::table(const std::string& s, const std::string& n) const { return find_in(tables, s, n); }
const Sequence* Catalog::sequence(const std::string& s, const std::string& n) const { return find_in(sequences, s, n); }
const EnumType* Catalog::enum_type(const std::string& s, const std::string& n) const { return find_in(enums, s, n); }
const View* Catalog::view(const std::string& s, const std::string& n) const { return find_in(views, s, n); }
const ViewColumn* View::column(const std::string& n) const {
  for (const auto& c : columns)
    if (c.name == n) return &c;
  return nullptr;
}
const Schema* Catalog::schema(const std::string& n) const {
  for (const auto& x : schemas)
    if (x.name == n) return &x;
  return nullptr;
}

const Trigger* Catalog::trigger(const std::string& s, const std::string& t, const std::string& n) const {
  for (const auto& x : triggers)
    if (x.schema == s && x.table == t && x.name == n) return &x;
  return nullptr;
}

const GenericObject* Catalog::generic(const ObjectId& id) const {
  auto it = std::lower_bound(generics.begin(), generics.end(), id,
                             [](const GenericObject& g, const ObjectId& x) { return g.id() < x; });
  if (it != generics.end() && it->id() == id) return &*it;
  // Not sorted yet (a producer still filling it): look through.
  for (const auto& g : generics)
    if (g.id() == id) return &g;
  return nullptr;
}

bool is_null_default(const std::string& expr) {
  // PostgreSQL stores `DEFAULT NULL` on a varchar column as `NULL::character varying`: a typed null is still
  // no default at all.
  static const std::regex typed_null(R"(NULL(::[A-Za-z_ ."0-9]+(\([0-9, ]+\))?(\[\])*)?)");
  return std::regex_match(expr, typed_null);
}

bool is_default_partition_index_name(const Index& parent, const PartitionIndex& child) {
  const std::string addition = pg_names::name_addition(pg_names::index_column_names(parent.definition));
  // ChooseRelationName tries `idx`, then `idx1`, `idx2`, ... while the name is taken in the schema.
  if (child.name == pg_names::make_object_name(child.table, addition, "idx")) return true;
  for (int n = 1; n < 1000; ++n)
    if (child.name == pg_names::make_object_name(child.table, addition, "idx" + std::to_string(n))) return true;
  return false;
}

void normalize_partition_indexes(Index& i) {
  std::erase_if(i.partition_indexes, [&](const PartitionIndex& p) { return is_default_partition_index_name(i, p); });
  std::sort(i.partition_indexes.begin(), i.partition_indexes.end());
  i.partition_indexes.erase(std::unique(i.partition_indexes.begin(), i.partition_indexes.end()), i.partition_indexes.end());
}

char type_storage(const Catalog& c, const std::string& type) {
  if (char s = builtin_type_storage(type)) return s;
  if (type.ends_with("[]")) return 'x';
  for (const auto& e : c.enums)
    if (sql::qualified(e.schema, e.name) == type) return 'p';
  for (const auto& d : c.domains)
    if (sql::qualified(d.schema, d.name) == type && d.base_type != type) return type_storage(c, d.base_type);
  return 'x';
}

void normalize(Catalog& c) {
  auto by_schema_name = [](const auto& a, const auto& b) { return std::tie(a.schema, a.name) < std::tie(b.schema, b.name); };
  std::sort(c.schemas.begin(), c.schemas.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  for (auto& e : c.extensions)
    if (e.schema.empty()) e.schema = "public";
  std::sort(c.extensions.begin(), c.extensions.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  std::sort(c.enums.begin(), c.enums.end(), by_schema_name);
  std::sort(c.sequences.begin(), c.sequences.end(), by_schema_name);
  std::sort(c.tables.begin(), c.tables.end(), by_schema_name);
  std::sort(c.indexes.begin(), c.indexes.end(), by_schema_name);
  for (auto& i : c.indexes) normalize_partition_indexes(i);
  std::sort(c.views.begin(), c.views.end(), by_schema_name);
  // A view's options keep the order PostgreSQL stores them in (the order written, a trailing CHECK OPTION last):
  // that order is part of what the catalog holds, and a plan writes them back in it.
  for (auto& v : c.views)
    if (!v.materialized) v.with_data = true;
  for (auto& t : c.tables) {
    for (auto& col : t.columns) {
      // PostgreSQL drops a null default unless a typmod coercion or a cast to another type wraps it
      // (`varchar(5) DEFAULT NULL` is stored as `NULL::character varying`, `text DEFAULT NULL` is not stored
      // at all): the parser prints the dropped ones as plain "NULL" (Deparser::canonical_default).
      if (col.default_expr && *col.default_expr == "NULL" && col.type.find('(') == std::string::npos)
        col.default_expr.reset();
      if (!col.identity) col.identity_options = SequenceOptions{};
    }
    std::sort(t.constraints.begin(), t.constraints.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    std::sort(t.inherited_settings.begin(), t.inherited_settings.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  }
  normalize_user_types(c);
  std::sort(c.functions.begin(), c.functions.end(), [](const auto& a, const auto& b) { return a.id() < b.id(); });
  std::sort(c.triggers.begin(), c.triggers.end(), [](const auto& a, const auto& b) { return a.id() < b.id(); });
  std::sort(c.generics.begin(), c.generics.end(), [](const auto& a, const auto& b) { return a.id() < b.id(); });
  std::sort(c.unsupported.begin(), c.unsupported.end());
  c.unsupported.erase(std::unique(c.unsupported.begin(), c.unsupported.end()), c.unsupported.end());
  normalize_security(c);
}

}  // namespace schemaplan
