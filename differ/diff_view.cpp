// Views and materialized views. A plain view changes in place when CREATE OR REPLACE VIEW accepts the new
// definition (columns only appended); anything else about its query is a drop and a create. A materialized
// view has no OR REPLACE: a new query, column list or option rebuilds it (its indexes follow through the
// cascade, planner/cascade.cpp); only its populated state and its comment change in place. Column comments
// and column defaults are not part of the definition: they change in place (ALTER VIEW ... SET / DROP DEFAULT).
#include <map>
#include <tuple>

#include "differ/change.h"

namespace schemaplan {

bool view_replaceable(const View& before, const View& after) {
  if (before.materialized || after.materialized) return false;
  if (after.columns.size() < before.columns.size()) return false;
  for (size_t i = 0; i < before.columns.size(); ++i)
    if (!(before.columns[i] == after.columns[i])) return false;
  return true;
}

void diff_views(const Catalog& from, const Catalog& to, std::vector<Change>& out) {
  // Keyed by name, not by id: a view that becomes a materialized view (or back) is one relation name
  // changing kind, so it is dropped and created in one recreation.
  using Key = std::tuple<std::string, std::string>;
  std::map<Key, const View*> a, b;
  for (const auto& v : from.views) a.emplace(Key{v.schema, v.name}, &v);
  for (const auto& v : to.views) b.emplace(Key{v.schema, v.name}, &v);
  auto add = [&](ChangeKind kind, const ObjectId& id, ObjectValue before, ObjectValue after,
                 std::vector<std::string> fields) {
    out.push_back(Change{kind, id, std::move(before), std::move(after), std::move(fields), ""});
  };
  for (const auto& [k, x] : a) {
    auto it = b.find(k);
    if (it == b.end()) {
      add(ChangeKind::Drop, x->id(), *x, {}, {});
      continue;
    }
    const View& y = *it->second;
    std::vector<std::string> f;  // sorted
    if (x->columns != y.columns) f.push_back("columns");
    if (x->column_comments != y.column_comments) f.push_back("column_comments");
    if (x->column_defaults != y.column_defaults) f.push_back("column_defaults");
    if (x->comment != y.comment) f.push_back("comment");
    if (x->materialized != y.materialized) f.push_back("materialized");
    // reloptions in another order are the same options (pg_dump writes check_option last, as WITH CHECK OPTION).
    bool options = !(StorageOptions{x->options} == StorageOptions{y.options});
    if (options) f.push_back("options");
    if (x->query != y.query) f.push_back("query");
    if (x->with_data != y.with_data) f.push_back("with_data");
    if (f.empty()) continue;
    bool definition = x->query != y.query || x->columns != y.columns || options ||
                      x->materialized != y.materialized;
    bool in_place = !definition || view_replaceable(*x, y);
    add(in_place ? ChangeKind::Alter : ChangeKind::Recreate, y.id(), *x, y, f);
  }
  for (const auto& [k, y] : b)
    if (!a.count(k)) add(ChangeKind::Create, y->id(), {}, *y, {});
}

}  // namespace schemaplan
