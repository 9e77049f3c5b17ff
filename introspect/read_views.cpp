// Views and materialized views.
#include <algorithm>
#include <stdexcept>

#include "introspect/catalog_reader.h"
#include "introspect/stored_expression.h"

namespace schemaplan::introspect {
namespace {

/// pg_get_viewdef() starts with a space and ends with ';': the query alone, as a statement would hold it.
std::string trim_query(std::string q) {
  auto first = q.find_first_not_of(" \t\n");
  auto last = q.find_last_not_of(" \t\n;");
  if (first == std::string::npos || last == std::string::npos || last < first) return "";
  return q.substr(first, last - first + 1);
}

/// Decodes the `relations` column: (kind R/V/M, schema, relation, column or '') quadruples. A column of a
/// table is a dependency on that column (and the table); of a view, on the view.
void add_relation_deps(const std::vector<std::string>& flat, std::vector<ObjectId>& deps) {
  if (flat.size() % 4 != 0) throw std::logic_error("relation list is not made of quadruples");
  for (size_t i = 0; i < flat.size(); i += 4) {
    const std::string &kind = flat[i], &schema = flat[i + 1], &rel = flat[i + 2], &col = flat[i + 3];
    if (kind == "V") deps.push_back({ObjectKind::View, schema, rel, "", ""});
    else if (kind == "M") deps.push_back({ObjectKind::MaterializedView, schema, rel, "", ""});
    else {
      deps.push_back({ObjectKind::Table, schema, rel, "", ""});
      if (!col.empty()) deps.push_back({ObjectKind::Column, schema, col, rel, ""});
    }
  }
}

}  // namespace

void read_views(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    View v;
    v.schema = r.text("schema");
    v.name = r.text("name");
    v.materialized = r.flag("materialized");
    v.query = as_reloaded(trim_query(r.text("query")));
    auto names = r.list("column_names");
    auto types = r.list("column_types");
    if (names.size() != types.size()) throw std::logic_error("view " + v.name + ": column names and types disagree");
    for (size_t i = 0; i < names.size(); ++i) v.columns.push_back({names[i], types[i]});
    v.options = r.list("options");
    v.with_data = !v.materialized || r.flag("populated");
    v.comment = r.optional_text("comment");
    auto commented = r.list("comment_columns");
    auto comments = r.list("column_comments");
    if (commented.size() != comments.size()) throw std::logic_error("view " + v.name + ": column comments disagree");
    for (size_t i = 0; i < commented.size(); ++i) v.column_comments.emplace(commented[i], comments[i]);
    auto defaulted = r.list("default_columns");
    auto defaults = r.list("column_defaults");
    if (defaulted.size() != defaults.size()) throw std::logic_error("view " + v.name + ": column defaults disagree");
    for (size_t i = 0; i < defaulted.size(); ++i) v.column_defaults.emplace(defaulted[i], as_reloaded(defaults[i]));
    v.meta.deps = decode_deps(r.list("deps"));
    for (auto& d : decode_deps(r.list("default_deps"))) v.meta.deps.push_back(std::move(d));
    add_relation_deps(r.list("relations"), v.meta.deps);
    std::sort(v.meta.deps.begin(), v.meta.deps.end());
    v.meta.deps.erase(std::unique(v.meta.deps.begin(), v.meta.deps.end()), v.meta.deps.end());
    catalog.views.push_back(std::move(v));
  });
}

}  // namespace schemaplan::introspect
